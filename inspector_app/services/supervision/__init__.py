"""The supervisor's side: received inspections, review, dashboard figures and their export."""
