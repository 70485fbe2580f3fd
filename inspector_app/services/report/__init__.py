"""The PDF inspection report: data model, bilingual labels, fonts and the reportlab renderer."""
