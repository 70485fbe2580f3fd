<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed record</source>
        <translation>Amend the signed record</translation>
    </message>
    <message>
        <source>Revision %1 stays as it was signed. A new draft, revision %2, is made from it; it must be signed again. Why is the record amended?</source>
        <translation>Revision %1 stays as it was signed. A new draft, revision %2, is made from it; it must be signed again. Why is the record amended?</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <source>e.g. the wage account number was wrong</source>
        <translation>e.g. the wage account number was wrong</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Say why the signed record is amended.</source>
        <translation>Say why the signed record is amended.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>Every signed inspection is exported already.</source>
        <translation>Every signed inspection is exported already.</translation>
    </message>
    <message>
        <source>Export sync bundles to</source>
        <translation>Export sync bundles to</translation>
    </message>
    <message>
        <source>Sync bundles exported</source>
        <translation>Sync bundles exported</translation>
    </message>
    <message>
        <source>%1 sync bundles written to %2</source>
        <translation>%1 sync bundles written to %2</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Wrong passphrase for the signing key.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Rule / item</source>
        <translation>Rule / item</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered, %4 findings</source>
        <translation>%1: %2 of %3 answered, %4 findings</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Taken %1</source>
        <translation>Taken %1</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Photos of this item</source>
        <translation>Photos of this item</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Adding %1 photos…</source>
        <translation>Adding %1 photos…</translation>
    </message>
    <message>
        <source>Photos %1 of %2</source>
        <translation>Photos %1 of %2</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Too short: at least 6 characters.</source>
        <translation>Too short: at least 6 characters.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase mixing letters, digits and signs is stronger.</source>
        <translation>Fair: a longer passphrase mixing letters, digits and signs is stronger.</translation>
    </message>
    <message>
        <source>Weak: use 10 or more characters mixing letters, digits and signs.</source>
        <translation>Weak: use 10 or more characters mixing letters, digits and signs.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Your name, unit and badge number are printed on every record and put in your signing certificate.</source>
        <translation>Your name, unit and badge number are printed on every record and put in your signing certificate.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <source>Records are signed with a key protected by a passphrase. Choose it now, at your desk; you type it again each time you sign. It cannot be recovered.</source>
        <translation>Records are signed with a key protected by a passphrase. Choose it now, at your desk; you type it again each time you sign. It cannot be recovered.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Your first site</source>
        <translation>Your first site</translation>
    </message>
    <message>
        <source>An inspection is made of a site. Create the first one now?</source>
        <translation>An inspection is made of a site. Create the first one now?</translation>
    </message>
    <message>
        <source>Create a site</source>
        <translation>Create a site</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Type the same passphrase twice, at least 6 characters.</source>
        <translation>Type the same passphrase twice, at least 6 characters.</translation>
    </message>
    <message>
        <source>Give the site a name, or untick it.</source>
        <translation>Give the site a name, or untick it.</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>No site yet</translation>
    </message>
    <message>
        <source>An inspection is made of a site, and there is no site yet. Create one now?</source>
        <translation>An inspection is made of a site, and there is no site yet. Create one now?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create your signing key</source>
        <translation>Create your signing key</translation>
    </message>
    <message>
        <source>Your reports are signed with this key. Keep the passphrase safe.</source>
        <translation>Your reports are signed with this key. Keep the passphrase safe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Type the same passphrase twice, at least 6 characters.</source>
        <translation>Type the same passphrase twice, at least 6 characters.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Recorded value</source>
        <translation>Recorded value</translation>
    </message>
    <message>
        <source>Recorded choice</source>
        <translation>Recorded choice</translation>
    </message>
    <message>
        <source>Finding and correction demanded</source>
        <translation>Finding and correction demanded</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Correction demanded</source>
        <translation>Correction demanded</translation>
    </message>
    <message>
        <source>Deadline (e.g. 2027-06-30 or 2027年6月30日)</source>
        <translation>Deadline (e.g. 2027-06-30 or 2027年6月30日)</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Guidance: %1</source>
        <translation>Guidance: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>A photo is required.</source>
        <translation>A photo is required.</translation>
    </message>
    <message>
        <source>A photo is required if not compliant.</source>
        <translation>A photo is required if not compliant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Site inspection of the eight wage rules</source>
        <translation>Site inspection of the eight wage rules</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Getting started…</source>
        <translation>Getting started…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Preview report</source>
        <translation>Preview report</translation>
    </message>
    <message>
        <source>Open PDF to verify…</source>
        <translation>Open PDF to verify…</translation>
    </message>
    <message>
        <source>Export sync bundle…</source>
        <translation>Export sync bundle…</translation>
    </message>
    <message>
        <source>Export all not yet exported…</source>
        <translation>Export all not yet exported…</translation>
    </message>
    <message>
        <source>Amend the signed record…</source>
        <translation>Amend the signed record…</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Opening the data folder…</translation>
    </message>
</context>
<context>
    <name>NaReasonField</name>
    <message>
        <source>The project does not involve this item</source>
        <translation>The project does not involve this item</translation>
    </message>
    <message>
        <source>The works have not reached this stage yet</source>
        <translation>The works have not reached this stage yet</translation>
    </message>
    <message>
        <source>Exempt by law (exemption certificate seen)</source>
        <translation>Exempt by law (exemption certificate seen)</translation>
    </message>
    <message>
        <source>Another unit is responsible; checked separately</source>
        <translation>Another unit is responsible; checked separately</translation>
    </message>
    <message>
        <source>Why not applicable (required)</source>
        <translation>Why not applicable (required)</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>Why not applicable</translation>
    </message>
    <message>
        <source>Choose or type a short reason</source>
        <translation>Choose or type a short reason</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>Follow-up inspection</source>
        <translation>Follow-up inspection</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Site representatives</source>
        <translation>Site representatives</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Form version</translation>
    </message>
    <message>
        <source>Colleague's name</source>
        <translation>Colleague's name</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>Colleague's badge no.</source>
        <translation>Colleague's badge no.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Colleague's unit</source>
        <translation>Colleague's unit</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>Add colleague</translation>
    </message>
    <message>
        <source>Add representative</source>
        <translation>Add representative</translation>
    </message>
    <message>
        <source>The law asks for at least two inspectors on a site inspection.</source>
        <translation>The law asks for at least two inspectors on a site inspection.</translation>
    </message>
    <message>
        <source>Choose a site, or create one first.</source>
        <translation>Choose a site, or create one first.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The unit's full name</source>
        <translation>The unit's full name</translation>
    </message>
    <message>
        <source>Fields: {unit_short}, {year}, {seq:03d} (the number within the year)</source>
        <translation>Fields: {unit_short}, {year}, {seq:03d} (the number within the year)</translation>
    </message>
    <message>
        <source>Found automatically (WenQuanYi, YaHei, SimSun)</source>
        <translation>Found automatically (WenQuanYi, YaHei, SimSun)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>Unit's short name</source>
        <translation>Unit's short name</translation>
    </message>
    <message>
        <source>Record number pattern</source>
        <translation>Record number pattern</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Report font (TrueType)</source>
        <translation>Report font (TrueType)</translation>
    </message>
    <message>
        <source>Photo time tolerance</source>
        <translation>Photo time tolerance</translation>
    </message>
    <message>
        <source>A new data folder takes effect when the app starts again.</source>
        <translation>A new data folder takes effect when the app starts again.</translation>
    </message>
    <message>
        <source>Report font</source>
        <translation>Report font</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Wage-arrears cases</source>
        <translation>Wage-arrears cases</translation>
    </message>
    <message>
        <source>Add arrears case</source>
        <translation>Add arrears case</translation>
    </message>
    <message>
        <source>Remove arrears case</source>
        <translation>Remove arrears case</translation>
    </message>
    <message>
        <source>Findings (a not-compliant item opens one). Each responsible party is served its own order to correct when the inspection is signed.</source>
        <translation>Findings (a not-compliant item opens one). Each responsible party is served its own order to correct when the inspection is signed.</translation>
    </message>
</context>
<context>
    <name>RefusalBox</name>
    <message>
        <source>The representative refuses to sign</source>
        <translation>The representative refuses to sign</translation>
    </message>
    <message>
        <source>Reason the representative gave</source>
        <translation>Reason the representative gave</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Reason for refusing</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Give the reason the representative gave for refusing.</source>
        <translation>Give the reason the representative gave for refusing.</translation>
    </message>
    <message>
        <source>A refusal needs a second inspector as witness.</source>
        <translation>A refusal needs a second inspector as witness.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Report pages</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>The signed report, %1 pages</source>
        <translation>The signed report, %1 pages</translation>
    </message>
    <message>
        <source>Preview, not signed: %1 pages</source>
        <translation>Preview, not signed: %1 pages</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>The report could not be built.</translation>
    </message>
</context>
<context>
    <name>RepresentativeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Passphrase of your signing key:</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Site representative</source>
        <translation>Site representative</translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation>Name of %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign and lock the inspection</source>
        <translation>Sign and lock the inspection</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Signed on %1; the inspection is read-only.</source>
        <translation>Signed on %1; the inspection is read-only.</translation>
    </message>
    <message>
        <source>Everyone present signs on a pad, then the inspection is signed and locked.</source>
        <translation>Everyone present signs on a pad, then the inspection is signed and locked.</translation>
    </message>
    <message>
        <source>A signer's name is empty.</source>
        <translation>A signer's name is empty.</translation>
    </message>
    <message>
        <source>%1 has not signed on the pad.</source>
        <translation>%1 has not signed on the pad.</translation>
    </message>
    <message>
        <source>Cannot sign yet</source>
        <translation>Cannot sign yet</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Wrong passphrase for the signing key.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The report was saved as %1</source>
        <translation>The report was saved as %1</translation>
    </message>
    <message>
        <source>Its orders to correct, beside it:
%1</source>
        <translation>Its orders to correct, beside it:
%1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Construction permit no.</source>
        <translation>Construction permit no.</translation>
    </message>
    <message>
        <source>Investment project code</source>
        <translation>Investment project code</translation>
    </message>
    <message>
        <source>Contract value (yuan or 万)</source>
        <translation>Contract value (yuan or 万)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client's credit code</source>
        <translation>Client's credit code</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>General contractor</translation>
    </message>
    <message>
        <source>Contractor's credit code</source>
        <translation>Contractor's credit code</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Wage administrator</source>
        <translation>Wage administrator</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>Workers on site</translation>
    </message>
    <message>
        <source>Workers registered</source>
        <translation>Workers registered</translation>
    </message>
    <message>
        <source>Wage account bank</source>
        <translation>Wage account bank</translation>
    </message>
    <message>
        <source>Wage account no.</source>
        <translation>Wage account no.</translation>
    </message>
    <message>
        <source>Wage deposit (yuan or 万)</source>
        <translation>Wage deposit (yuan or 万)</translation>
    </message>
    <message>
        <source>Deposit form</source>
        <translation>Deposit form</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Cash deposit</translation>
    </message>
    <message>
        <source>Bank guarantee</source>
        <translation>Bank guarantee</translation>
    </message>
    <message>
        <source>Guarantee insurance</source>
        <translation>Guarantee insurance</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Labour subcontractors</source>
        <translation>Labour subcontractors</translation>
    </message>
    <message>
        <source>⚠ check character does not match</source>
        <translation>⚠ check character does not match</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Search by project, address, contractor, permit</source>
        <translation>Search by project, address, contractor, permit</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Search sites</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Opening the data folder…</translation>
    </message>
    <message>
        <source>Inspection history</source>
        <translation>Inspection history</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <source>Follow-up of selected…</source>
        <translation>Follow-up of selected…</translation>
    </message>
    <message>
        <source>Open selected</source>
        <translation>Open selected</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Score per rule</source>
        <translation>Score per rule</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Wage-arrears cases</source>
        <translation>Wage-arrears cases</translation>
    </message>
    <message>
        <source>What is missing before signing</source>
        <translation>What is missing before signing</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>Overall: %1%2 · %3 · %4 of %5 answered · %6 findings</source>
        <translation>Overall: %1%2 · %3 · %4 of %5 answered · %6 findings</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Findings: %1</translation>
    </message>
    <message>
        <source>Wage-arrears cases: %1</source>
        <translation>Wage-arrears cases: %1</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>Ready to sign.</translation>
    </message>
    <message>
        <source>Signing is blocked by %1 items (click one to go to it):</source>
        <translation>Signing is blocked by %1 items (click one to go to it):</translation>
    </message>
</context>
<context>
    <name>SupervisionMenu</name>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>Received inspections…</source>
        <translation>Received inspections…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>Trust list…</source>
        <translation>Trust list…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Rules and items</source>
        <translation>Rules and items</translation>
    </message>
    <message>
        <source>Photos (drop files here, or paste)</source>
        <translation>Photos (drop files here, or paste)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Findings and arrears</source>
        <translation>Findings and arrears</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3 · %4 of %5 answered · score %6</source>
        <translation>%1 · %2 · revision %3 · %4 of %5 answered · score %6</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Everything entered so far is saved.

A report was written to:
%1</source>
        <translation>Something went wrong that should not have. Everything entered so far is saved.

A report was written to:
%1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>Cannot open the data folder</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>The database is damaged (%1).
Restore the latest good backup, %2?</source>
        <translation>The database is damaged (%1).
Restore the latest good backup, %2?</translation>
    </message>
    <message>
        <source>Site inspection</source>
        <translation>Site inspection</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The disk is full: the last change was not saved.</source>
        <translation>The disk is full: the last change was not saved.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to: the last change was not saved.</source>
        <translation>The data folder cannot be written to: the last change was not saved.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>The database is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is damaged; restore the latest good backup.</source>
        <translation>The database file is damaged; restore the latest good backup.</translation>
    </message>
    <message>
        <source>This inspection is signed and cannot be changed.</source>
        <translation>This inspection is signed and cannot be changed.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Wrong passphrase for the signing key.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved on site</source>
        <translation>resolved on site</translation>
    </message>
    <message>
        <source>handed to the enforcement bureau</source>
        <translation>handed to the enforcement bureau</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Correction demanded</source>
        <translation>Correction demanded</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>Amount owed (yuan)</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>Period owed</source>
        <translation>Period owed</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>General contractor</translation>
    </message>
    <message>
        <source>Labour subcontractor</source>
        <translation>Labour subcontractor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>report_preview</name>
    <message>
        <source>Open PDF to verify</source>
        <translation>Open PDF to verify</translation>
    </message>
    <message>
        <source>The file carries no valid signature.</source>
        <translation>The file carries no valid signature.</translation>
    </message>
    <message>
        <source>Intact: the report has not been changed since it was signed.</source>
        <translation>Intact: the report has not been changed since it was signed.</translation>
    </message>
    <message>
        <source>Altered: the report was changed after it was signed.</source>
        <translation>Altered: the report was changed after it was signed.</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signer: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signed at: %1</translation>
    </message>
    <message>
        <source>Trusted: yes, the signer is on your trust list.</source>
        <translation>Trusted: yes, the signer is on your trust list.</translation>
    </message>
    <message>
        <source>Trusted: no, the signer is not on your trust list.</source>
        <translation>Trusted: no, the signer is not on your trust list.</translation>
    </message>
    <message>
        <source>Content was added to the file after it was signed.</source>
        <translation>Content was added to the file after it was signed.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signature check</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Not compliant</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>should be 18 characters, not {count}</source>
        <translation>should be 18 characters, not {count}</translation>
    </message>
    <message>
        <source>check character should be {expected!r}, not {found!r}</source>
        <translation>check character should be {expected!r}, not {found!r}</translation>
    </message>
    <message>
        <source>this is an old 15-digit number; ask for the 18-character one</source>
        <translation>this is an old 15-digit number; ask for the 18-character one</translation>
    </message>
    <message>
        <source>the last character {char!r} should be a digit or X</source>
        <translation>the last character {char!r} should be a digit or X</translation>
    </message>
    <message>
        <source>birth date {date} is in the future</source>
        <translation>birth date {date} is in the future</translation>
    </message>
    <message>
        <source>birth date {date} is before {year}</source>
        <translation>birth date {date} is before {year}</translation>
    </message>
    <message>
        <source>character {position} {char!r} is not allowed (no I, O, S, V or Z)</source>
        <translation>character {position} {char!r} is not allowed (no I, O, S, V or Z)</translation>
    </message>
    <message>
        <source>character {position} {char!r} should be a digit</source>
        <translation>character {position} {char!r} should be a digit</translation>
    </message>
    <message>
        <source>birth date {digits} is not a real date</source>
        <translation>birth date {digits} is not a real date</translation>
    </message>
    <message>
        <source>'{text}' is not a number: write e.g. 418, 1,200 or 12万.</source>
        <translation>'{text}' is not a number: write e.g. 418, 1,200 or 12万.</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>Nothing was entered.</translation>
    </message>
    <message>
        <source>'{text}…' is too long.</source>
        <translation>'{text}…' is too long.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount: write e.g. 1200万 or 1,200,000.</source>
        <translation>'{text}' is not an amount: write e.g. 1200万 or 1,200,000.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount.</source>
        <translation>'{text}' is not an amount.</translation>
    </message>
    <message>
        <source>A negative amount is not possible.</source>
        <translation>A negative amount is not possible.</translation>
    </message>
    <message>
        <source>An amount above 1,000,000,000,000 yuan is not possible.</source>
        <translation>An amount above 1,000,000,000,000 yuan is not possible.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>An amount has at most two decimals (fen).</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number.</source>
        <translation>'{text}' is not a whole number.</translation>
    </message>
    <message>
        <source>A number above 10,000,000 is not possible.</source>
        <translation>A number above 10,000,000 is not possible.</translation>
    </message>
    <message>
        <source>'{text}' is not a date: write e.g. 2027-06-30 or 2027年6月30日.</source>
        <translation>'{text}' is not a date: write e.g. 2027-06-30 or 2027年6月30日.</translation>
    </message>
    <message>
        <source>The year {year} is not possible here.</source>
        <translation>The year {year} is not possible here.</translation>
    </message>
    <message>
        <source>A negative number is not possible.</source>
        <translation>A negative number is not possible.</translation>
    </message>
    <message>
        <source>There is no such day: {text}.</source>
        <translation>There is no such day: {text}.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>The disk is full: the last change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to: the last change was not saved.</source>
        <translation>The data folder cannot be written to: the last change was not saved.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check the data folder and its permissions.</source>
        <translation>The database file cannot be opened: check the data folder and its permissions.</translation>
    </message>
    <message>
        <source>The database is busy in another program or window; try again in a moment.</source>
        <translation>The database is busy in another program or window; try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is damaged; restore the latest good backup.</source>
        <translation>The database file is damaged; restore the latest good backup.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database; restore the latest good backup.</source>
        <translation>The database file is damaged or is not a database; restore the latest good backup.</translation>
    </message>
    <message>
        <source>This inspection is signed and cannot be changed; start a new revision to amend it.</source>
        <translation>This inspection is signed and cannot be changed; start a new revision to amend it.</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({problem}). The newest good backup is {backup}.</source>
        <translation>The database {database} is damaged ({problem}). The newest good backup is {backup}.</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({problem}). No good backup exists.</source>
        <translation>The database {database} is damaged ({problem}). No good backup exists.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose another data folder.</source>
        <translation>{folder} is a file, not a folder: choose another data folder.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {error}</source>
        <translation>The data folder {folder} cannot be created: {error}</translation>
    </message>
    <message>
        <source>No good backup exists to restore from.</source>
        <translation>No good backup exists to restore from.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>Could not write {path}: {error}.</translation>
    </message>
    <message>
        <source>The disk is full: could not write {path}.</source>
        <translation>The disk is full: could not write {path}.</translation>
    </message>
    <message>
        <source>The folder cannot be written to: {path} ({error}).</source>
        <translation>The folder cannot be written to: {path} ({error}).</translation>
    </message>
    <message>
        <source>Not a SHA-256 hash: {sha!r}.</source>
        <translation>Not a SHA-256 hash: {sha!r}.</translation>
    </message>
    <message>
        <source>Bad derived copy name: {kind!r}, {ext!r}.</source>
        <translation>Bad derived copy name: {kind!r}, {ext!r}.</translation>
    </message>
    <message>
        <source>Evidence file {file} is missing from {folder}.</source>
        <translation>Evidence file {file} is missing from {folder}.</translation>
    </message>
    <message>
        <source>Say why the signed inspection is amended.</source>
        <translation>Say why the signed inspection is amended.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>The reason is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>The form has no item {item_id}.</source>
        <translation>The form has no item {item_id}.</translation>
    </message>
    <message>
        <source>'{text}' is not one of the choices of this item.</source>
        <translation>'{text}' is not one of the choices of this item.</translation>
    </message>
    <message>
        <source>This inspection is not signed yet; sign it before exporting.</source>
        <translation>This inspection is not signed yet; sign it before exporting.</translation>
    </message>
    <message>
        <source>Inspection {inspection} is not signed; only signed inspections are exported.</source>
        <translation>Inspection {inspection} is not signed; only signed inspections are exported.</translation>
    </message>
    <message>
        <source>Inspection {inspection} was imported; only its author can export it.</source>
        <translation>Inspection {inspection} was imported; only its author can export it.</translation>
    </message>
    <message>
        <source>Several inspections need a folder to export into, not a file.</source>
        <translation>Several inspections need a folder to export into, not a file.</translation>
    </message>
    <message>
        <source>replaces revision {revision}</source>
        <translation>replaces revision {revision}</translation>
    </message>
    <message>
        <source>kept in history; revision {revision} is newer</source>
        <translation>kept in history; revision {revision} is newer</translation>
    </message>
    <message>
        <source>conflict: revision {revision} of this inspection is already here with other content</source>
        <translation>conflict: revision {revision} of this inspection is already here with other content</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>manifest's inspection</source>
        <translation>manifest's inspection</translation>
    </message>
    <message>
        <source>manifest's form</source>
        <translation>manifest's form</translation>
    </message>
    <message>
        <source>manifest file entry</source>
        <translation>manifest file entry</translation>
    </message>
    <message>
        <source>The {where} has no valid '{key}' ({kind} expected).</source>
        <translation>The {where} has no valid '{key}' ({kind} expected).</translation>
    </message>
    <message>
        <source>The manifest's {what} is not a SHA-256 hash.</source>
        <translation>The manifest's {what} is not a SHA-256 hash.</translation>
    </message>
    <message>
        <source>The manifest's file list holds something that is not a file entry.</source>
        <translation>The manifest's file list holds something that is not a file entry.</translation>
    </message>
    <message>
        <source>The manifest lists a file with a path not allowed: {path}.</source>
        <translation>The manifest lists a file with a path not allowed: {path}.</translation>
    </message>
    <message>
        <source>The manifest gives a negative size for {path}.</source>
        <translation>The manifest gives a negative size for {path}.</translation>
    </message>
    <message>
        <source>Not an inspection bundle (format {format}).</source>
        <translation>Not an inspection bundle (format {format}).</translation>
    </message>
    <message>
        <source>Unknown bundle format version {version}; this app reads version {supported}. Update the app to import it.</source>
        <translation>Unknown bundle format version {version}; this app reads version {supported}. Update the app to import it.</translation>
    </message>
    <message>
        <source>A version {version} bundle cannot carry orders to correct.</source>
        <translation>A version {version} bundle cannot carry orders to correct.</translation>
    </message>
    <message>
        <source>The manifest lists the same file twice.</source>
        <translation>The manifest lists the same file twice.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>The manifest is not a JSON object.</translation>
    </message>
    <message>
        <source>The manifest's revision must be 1 or more.</source>
        <translation>The manifest's revision must be 1 or more.</translation>
    </message>
    <message>
        <source>The manifest does not list {name}.</source>
        <translation>The manifest does not list {name}.</translation>
    </message>
    <message>
        <source>The manifest's inspection uuid is not a UUID.</source>
        <translation>The manifest's inspection uuid is not a UUID.</translation>
    </message>
    <message>
        <source>The manifest's created time is not an ISO date and time.</source>
        <translation>The manifest's created time is not an ISO date and time.</translation>
    </message>
    <message>
        <source>form hash</source>
        <translation>form hash</translation>
    </message>
    <message>
        <source>signer fingerprint</source>
        <translation>signer fingerprint</translation>
    </message>
    <message>
        <source>manifest's signer</source>
        <translation>manifest's signer</translation>
    </message>
    <message>
        <source>inspection.json names the order {path} twice.</source>
        <translation>inspection.json names the order {path} twice.</translation>
    </message>
    <message>
        <source>The order to correct {path} is not in the bundle.</source>
        <translation>The order to correct {path} is not in the bundle.</translation>
    </message>
    <message>
        <source>{path} is not the signed order inspection.json names.</source>
        <translation>{path} is not the signed order inspection.json names.</translation>
    </message>
    <message>
        <source>{path} is not an order to correct inspection.json names.</source>
        <translation>{path} is not an order to correct inspection.json names.</translation>
    </message>
    <message>
        <source>The order to correct {path} does not verify: {reason}</source>
        <translation>The order to correct {path} does not verify: {reason}</translation>
    </message>
    <message>
        <source>The order to correct {path} is signed by someone other than the bundle's signer.</source>
        <translation>The order to correct {path} is signed by someone other than the bundle's signer.</translation>
    </message>
    <message>
        <source>inspection.json holds a value of the wrong kind: {value}.</source>
        <translation>inspection.json holds a value of the wrong kind: {value}.</translation>
    </message>
    <message>
        <source>inspection.json: {where} is not an object.</source>
        <translation>inspection.json: {where} is not an object.</translation>
    </message>
    <message>
        <source>inspection.json has no list of {key}.</source>
        <translation>inspection.json has no list of {key}.</translation>
    </message>
    <message>
        <source>inspection.json: {where} names no file.</source>
        <translation>inspection.json: {where} names no file.</translation>
    </message>
    <message>
        <source>inspection.json is not a JSON object.</source>
        <translation>inspection.json is not a JSON object.</translation>
    </message>
    <message>
        <source>inspection.json has no list of signatures.</source>
        <translation>inspection.json has no list of signatures.</translation>
    </message>
    <message>
        <source>inspection.json, {where}: {error}</source>
        <translation>inspection.json, {where}: {error}</translation>
    </message>
    <message>
        <source>the inspection</source>
        <translation>the inspection</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>the site</translation>
    </message>
    <message>
        <source>signer not on the trust list: {signer} (fingerprint {fingerprint})</source>
        <translation>signer not on the trust list: {signer} (fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>The bundle holds an absolute path: {name}.</source>
        <translation>The bundle holds an absolute path: {name}.</translation>
    </message>
    <message>
        <source>The bundle holds a path that climbs out with '..': {name}.</source>
        <translation>The bundle holds a path that climbs out with '..': {name}.</translation>
    </message>
    <message>
        <source>The bundle holds a malformed path: {name}.</source>
        <translation>The bundle holds a malformed path: {name}.</translation>
    </message>
    <message>
        <source>The bundle holds a symbolic link: {name}.</source>
        <translation>The bundle holds a symbolic link: {name}.</translation>
    </message>
    <message>
        <source>The bundle holds something that is not a file: {name}.</source>
        <translation>The bundle holds something that is not a file: {name}.</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} bytes, more than allowed.</source>
        <translation>{name} would unpack to {size} bytes, more than allowed.</translation>
    </message>
    <message>
        <source>{name} is compressed suspiciously well (a zip bomb?); not unpacked.</source>
        <translation>{name} is compressed suspiciously well (a zip bomb?); not unpacked.</translation>
    </message>
    <message>
        <source>The bundle holds {count} entries, more than allowed.</source>
        <translation>The bundle holds {count} entries, more than allowed.</translation>
    </message>
    <message>
        <source>The bundle holds two entries with the same name.</source>
        <translation>The bundle holds two entries with the same name.</translation>
    </message>
    <message>
        <source>The bundle would unpack to more bytes than allowed (a zip bomb?).</source>
        <translation>The bundle would unpack to more bytes than allowed (a zip bomb?).</translation>
    </message>
    <message>
        <source>{name} does not unpack to its declared size.</source>
        <translation>{name} does not unpack to its declared size.</translation>
    </message>
    <message>
        <source>The bundle file is larger than allowed.</source>
        <translation>The bundle file is larger than allowed.</translation>
    </message>
    <message>
        <source>A file listed in the manifest is missing: {path}.</source>
        <translation>A file listed in the manifest is missing: {path}.</translation>
    </message>
    <message>
        <source>The bundle holds a file the manifest does not list: {path}.</source>
        <translation>The bundle holds a file the manifest does not list: {path}.</translation>
    </message>
    <message>
        <source>form.json is not the form the manifest names.</source>
        <translation>form.json is not the form the manifest names.</translation>
    </message>
    <message>
        <source>inspection.json describes another inspection than the manifest.</source>
        <translation>inspection.json describes another inspection than the manifest.</translation>
    </message>
    <message>
        <source>inspection.json names another signer than the manifest.</source>
        <translation>inspection.json names another signer than the manifest.</translation>
    </message>
    <message>
        <source>report.pdf is not the signed report inspection.json names.</source>
        <translation>report.pdf is not the signed report inspection.json names.</translation>
    </message>
    <message>
        <source>The manifest's signature does not match: {reason}</source>
        <translation>The manifest's signature does not match: {reason}</translation>
    </message>
    <message>
        <source>The manifest is signed by another certificate than it names.</source>
        <translation>The manifest is signed by another certificate than it names.</translation>
    </message>
    <message>
        <source>The signed report does not verify: {reason}</source>
        <translation>The signed report does not verify: {reason}</translation>
    </message>
    <message>
        <source>The report is signed by someone other than the bundle's signer.</source>
        <translation>The report is signed by someone other than the bundle's signer.</translation>
    </message>
    <message>
        <source>The file is not a zip archive, so not a bundle.</source>
        <translation>The file is not a zip archive, so not a bundle.</translation>
    </message>
    <message>
        <source>{name} cannot be unpacked: {error}.</source>
        <translation>{name} cannot be unpacked: {error}.</translation>
    </message>
    <message>
        <source>The bundle has no {name}.</source>
        <translation>The bundle has no {name}.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON ({error}).</source>
        <translation>manifest.json is not valid JSON ({error}).</translation>
    </message>
    <message>
        <source>{path} does not match its hash in the manifest.</source>
        <translation>{path} does not match its hash in the manifest.</translation>
    </message>
    <message>
        <source>{path}: the photo's bytes do not match the hash it is named by.</source>
        <translation>{path}: the photo's bytes do not match the hash it is named by.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({error}).</source>
        <translation>{path} is not valid JSON ({error}).</translation>
    </message>
    <message>
        <source>form.json is not a valid form: {error}</source>
        <translation>form.json is not a valid form: {error}</translation>
    </message>
    <message>
        <source>The photo {photo} is not in the bundle.</source>
        <translation>The photo {photo} is not in the bundle.</translation>
    </message>
    <message>
        <source>The drawn signature {path} is missing or not a PNG image.</source>
        <translation>The drawn signature {path} is missing or not a PNG image.</translation>
    </message>
    <message>
        <source>The drawn signature {path} does not match its role.</source>
        <translation>The drawn signature {path} does not match its role.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}.</source>
        <translation>Cannot read the file: {error}.</translation>
    </message>
    <message>
        <source>The bundle is a damaged or truncated zip ({error}).</source>
        <translation>The bundle is a damaged or truncated zip ({error}).</translation>
    </message>
    <message>
        <source>An answer names an item not in the form: {item}.</source>
        <translation>An answer names an item not in the form: {item}.</translation>
    </message>
    <message>
        <source>The data does not match its signature (changed after signing).</source>
        <translation>The data does not match its signature (changed after signing).</translation>
    </message>
    <message>
        <source>The signer's certificate is not on the trust list.</source>
        <translation>The signer's certificate is not on the trust list.</translation>
    </message>
    <message>
        <source>The signature is not readable CMS data ({kind}).</source>
        <translation>The signature is not readable CMS data ({kind}).</translation>
    </message>
    <message>
        <source>The signature could not be checked: {error}</source>
        <translation>The signature could not be checked: {error}</translation>
    </message>
    <message>
        <source>No evidence with id {id}.</source>
        <translation>No evidence with id {id}.</translation>
    </message>
    <message>
        <source>No inspection with id {id}.</source>
        <translation>No inspection with id {id}.</translation>
    </message>
    <message>
        <source>Unknown finding field: {field}</source>
        <translation>Unknown finding field: {field}</translation>
    </message>
    <message>
        <source>Unknown arrears field: {field}</source>
        <translation>Unknown arrears field: {field}</translation>
    </message>
    <message>
        <source>The period owed is longer than {limit} characters.</source>
        <translation>The period owed is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>No {table} row with id {row_id}.</source>
        <translation>No {table} row with id {row_id}.</translation>
    </message>
    <message>
        <source>Resolution must be one of {choices}.</source>
        <translation>Resolution must be one of {choices}.</translation>
    </message>
    <message>
        <source>Form {form} version {version} differs from the one already in use; a changed form needs a new version number.</source>
        <translation>Form {form} version {version} differs from the one already in use; a changed form needs a new version number.</translation>
    </message>
    <message>
        <source>Unknown key algorithm {algorithm}; use one of {choices}.</source>
        <translation>Unknown key algorithm {algorithm}; use one of {choices}.</translation>
    </message>
    <message>
        <source>No passphrase for the signing key: use --passphrase-file, set {variable}, or run interactively.</source>
        <translation>No passphrase for the signing key: use --passphrase-file, set {variable}, or run interactively.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect the signing key.</source>
        <translation>An empty passphrase cannot protect the signing key.</translation>
    </message>
    <message>
        <source>The inspector's name is needed for the signing certificate.</source>
        <translation>The inspector's name is needed for the signing certificate.</translation>
    </message>
    <message>
        <source>{source} holds no certificate with its private key.</source>
        <translation>{source} holds no certificate with its private key.</translation>
    </message>
    <message>
        <source>{source}: only EC and RSA signing keys are supported.</source>
        <translation>{source}: only EC and RSA signing keys are supported.</translation>
    </message>
    <message>
        <source>No signing identity in {folder}. Create one with `inspector keys init`.</source>
        <translation>No signing identity in {folder}. Create one with `inspector keys init`.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key, or {source} is not a PKCS#12 file.</source>
        <translation>Wrong passphrase for the signing key, or {source} is not a PKCS#12 file.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>Cannot read {path}: {error}.</translation>
    </message>
    <message>
        <source>This file is not an X.509 certificate (PEM or DER).</source>
        <translation>This file is not an X.509 certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}.</source>
        <translation>Cannot read the passphrase file {path}: {error}.</translation>
    </message>
    <message>
        <source>An inspection needs at least one inspector.</source>
        <translation>An inspection needs at least one inspector.</translation>
    </message>
    <message>
        <source>'{reference}' matches several inspections; give more of it.</source>
        <translation>'{reference}' matches several inspections; give more of it.</translation>
    </message>
    <message>
        <source>No inspection matches '{reference}'.</source>
        <translation>No inspection matches '{reference}'.</translation>
    </message>
    <message>
        <source>No site with id {site_id}.</source>
        <translation>No site with id {site_id}.</translation>
    </message>
    <message>
        <source>Only a signed inspection needs a new revision.</source>
        <translation>Only a signed inspection needs a new revision.</translation>
    </message>
    <message>
        <source>A newer revision of this inspection exists already: amend that one.</source>
        <translation>A newer revision of this inspection exists already: amend that one.</translation>
    </message>
    <message>
        <source>An inspector needs a name.</source>
        <translation>An inspector needs a name.</translation>
    </message>
    <message>
        <source>Give the inspector's name (--name) to create a signing key.</source>
        <translation>Give the inspector's name (--name) to create a signing key.</translation>
    </message>
    <message>
        <source>A signing key already exists in {folder}.</source>
        <translation>A signing key already exists in {folder}.</translation>
    </message>
    <message>
        <source>The document number pattern is empty.</source>
        <translation>The document number pattern is empty.</translation>
    </message>
    <message>
        <source>The document number pattern is longer than {limit} characters.</source>
        <translation>The document number pattern is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The document number pattern must contain {seq}: numbers would repeat.</source>
        <translation>The document number pattern must contain {seq}: numbers would repeat.</translation>
    </message>
    <message>
        <source>The document number pattern has an unmatched brace; write a brace as {braces}.</source>
        <translation>The document number pattern has an unmatched brace; write a brace as {braces}.</translation>
    </message>
    <message>
        <source>The document number pattern may only use {fields}, not {field}.</source>
        <translation>The document number pattern may only use {fields}, not {field}.</translation>
    </message>
    <message>
        <source>The document number pattern has a format the numbers cannot take: {error}</source>
        <translation>The document number pattern has a format the numbers cannot take: {error}</translation>
    </message>
    <message>
        <source>This inspection has no order to correct {n}.</source>
        <translation>This inspection has no order to correct {n}.</translation>
    </message>
    <message>
        <source>processing stopped unexpectedly; add this photo again</source>
        <translation>processing stopped unexpectedly; add this photo again</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>image too large: {width} x {height} pixels exceeds the {limit:g}-megapixel limit</source>
        <translation>image too large: {width} x {height} pixels exceeds the {limit:g}-megapixel limit</translation>
    </message>
    <message>
        <source>image too large: exceeds the {limit:g}-megapixel limit</source>
        <translation>image too large: exceeds the {limit:g}-megapixel limit</translation>
    </message>
    <message>
        <source>image too large: {megapixels:.0f} megapixels exceeds the {limit:g}-megapixel limit</source>
        <translation>image too large: {megapixels:.0f} megapixels exceeds the {limit:g}-megapixel limit</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>not an image file</translation>
    </message>
    <message>
        <source>file is truncated or corrupt</source>
        <translation>file is truncated or corrupt</translation>
    </message>
    <message>
        <source>cannot read file: {error}</source>
        <translation>cannot read file: {error}</translation>
    </message>
    <message>
        <source>the file changed while it was being added; add it again</source>
        <translation>the file changed while it was being added; add it again</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>Cannot rebuild the copies of evidence file {file}: {reason}.</source>
        <translation>Cannot rebuild the copies of evidence file {file}: {reason}.</translation>
    </message>
    <message>
        <source>This inspection names no site representative.</source>
        <translation>This inspection names no site representative.</translation>
    </message>
    <message>
        <source>Give the reason the representative gave for refusing.</source>
        <translation>Give the reason the representative gave for refusing.</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation>The reason is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>A refusal needs a second inspector of this inspection as witness.</source>
        <translation>A refusal needs a second inspector of this inspection as witness.</translation>
    </message>
    <message>
        <source>The witness must be another inspector of this inspection: {names}.</source>
        <translation>The witness must be another inspector of this inspection: {names}.</translation>
    </message>
    <message>
        <source>A refusal cannot be dated in the future.</source>
        <translation>A refusal cannot be dated in the future.</translation>
    </message>
    <message>
        <source>The representative has signed already.</source>
        <translation>The representative has signed already.</translation>
    </message>
    <message>
        <source>The report font {path} is missing or damaged; install the app again.</source>
        <translation>The report font {path} is missing or damaged; install the app again.</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future.</source>
        <translation>A signature cannot be dated in the future.</translation>
    </message>
    <message>
        <source>Role must be one of {choices}.</source>
        <translation>Role must be one of {choices}.</translation>
    </message>
    <message>
        <source>A signature needs the signer's name.</source>
        <translation>A signature needs the signer's name.</translation>
    </message>
    <message>
        <source>The drawn signature is not a PNG image.</source>
        <translation>The drawn signature is not a PNG image.</translation>
    </message>
    <message>
        <source>{item}: not applicable, but no reason given</source>
        <translation>{item}: not applicable, but no reason given</translation>
    </message>
    <message>
        <source>This inspection is already signed.</source>
        <translation>This inspection is already signed.</translation>
    </message>
    <message>
        <source>Cannot sign yet:
- {problems}</source>
        <translation>Cannot sign yet:
- {problems}</translation>
    </message>
    <message>
        <source>No signature with id {id}.</source>
        <translation>No signature with id {id}.</translation>
    </message>
    <message>
        <source>{item}: not answered</source>
        <translation>{item}: not answered</translation>
    </message>
    <message>
        <source>{item}: a photo is required</source>
        <translation>{item}: a photo is required</translation>
    </message>
    <message>
        <source>{item}: the finding has no deadline for correction</source>
        <translation>{item}: the finding has no deadline for correction</translation>
    </message>
    <message>
        <source>no inspector has signed</source>
        <translation>no inspector has signed</translation>
    </message>
    <message>
        <source>the site representative has not signed</source>
        <translation>the site representative has not signed</translation>
    </message>
    <message>
        <source>The document was changed after it was signed (the signature does not match).</source>
        <translation>The document was changed after it was signed (the signature does not match).</translation>
    </message>
    <message>
        <source>The document was modified after signing in a way the signature does not allow.</source>
        <translation>The document was modified after signing in a way the signature does not allow.</translation>
    </message>
    <message>
        <source>The PDF has no signature.</source>
        <translation>The PDF has no signature.</translation>
    </message>
    <message>
        <source>The PDF could not be signed: {error}</source>
        <translation>The PDF could not be signed: {error}</translation>
    </message>
    <message>
        <source>The file could not be read as a signed PDF.</source>
        <translation>The file could not be read as a signed PDF.</translation>
    </message>
    <message>
        <source>Content was appended to the file after it was signed.</source>
        <translation>Content was appended to the file after it was signed.</translation>
    </message>
    <message>
        <source>workers_on_site</source>
        <translation>workers_on_site</translation>
    </message>
    <message>
        <source>workers_registered</source>
        <translation>workers_registered</translation>
    </message>
    <message>
        <source>contract_value</source>
        <translation>contract_value</translation>
    </message>
    <message>
        <source>deposit_amount</source>
        <translation>deposit_amount</translation>
    </message>
    <message>
        <source>start_date</source>
        <translation>start_date</translation>
    </message>
    <message>
        <source>end_date</source>
        <translation>end_date</translation>
    </message>
    <message>
        <source>Unknown site field: {field}</source>
        <translation>Unknown site field: {field}</translation>
    </message>
    <message>
        <source>A site needs a project name.</source>
        <translation>A site needs a project name.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>'{value}' is not a month (YYYY-MM).</source>
        <translation>'{value}' is not a month (YYYY-MM).</translation>
    </message>
    <message>
        <source>The period starts after it ends ({first} to {last}).</source>
        <translation>The period starts after it ends ({first} to {last}).</translation>
    </message>
    <message>
        <source>Say what the inspector must change when returning an inspection.</source>
        <translation>Say what the inspector must change when returning an inspection.</translation>
    </message>
    <message>
        <source>Only signed inspections are reviewed.</source>
        <translation>Only signed inspections are reviewed.</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>Export to a file ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Not a certificate: {error}</source>
        <translation>Not a certificate: {error}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>No certificate with fingerprint {fingerprint}.</source>
        <translation>No certificate with fingerprint {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>site_models</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>General contractor</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>Last inspected</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>a photo is required</source>
        <translation>a photo is required</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>the finding has no deadline for correction</source>
        <translation>the finding has no deadline for correction</translation>
    </message>
    <message>
        <source>No inspector has signed.</source>
        <translation>No inspector has signed.</translation>
    </message>
    <message>
        <source>The site representative has not signed.</source>
        <translation>The site representative has not signed.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Correction demanded</source>
        <translation>Correction demanded</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>Amount owed (yuan)</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>Period owed</source>
        <translation>Period owed</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>needs correction</source>
        <translation>needs correction</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>failing</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>not yet scored</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>Open the order to correct</source>
        <translation>Open the order to correct</translation>
    </message>
    <message>
        <source>Open the signed orders to correct of the selected site's latest inspection.</source>
        <translation>Open the signed orders to correct of the selected site's latest inspection.</translation>
    </message>
    <message>
        <source>Show inspections with arrears</source>
        <translation>Show inspections with arrears</translation>
    </message>
    <message>
        <source>Compliance per rule across sites, % of items compliant (click a bar)</source>
        <translation>Compliance per rule across sites, % of items compliant (click a bar)</translation>
    </message>
    <message>
        <source>Sites with open corrections, overdue first (double-click)</source>
        <translation>Sites with open corrections, overdue first (double-click)</translation>
    </message>
    <message>
        <source>Wage arrears</source>
        <translation>Wage arrears</translation>
    </message>
    <message>
        <source>Inspections per month (click a bar)</source>
        <translation>Inspections per month (click a bar)</translation>
    </message>
    <message>
        <source>%1 cases, %2 workers affected, %3 owed
%4 cases not resolved on site (%5)</source>
        <translation>%1 cases, %2 workers affected, %3 owed
%4 cases not resolved on site (%5)</translation>
    </message>
    <message>
        <source>compliant items, %</source>
        <translation>compliant items, %</translation>
    </message>
    <message>
        <source>Click a bar to list the inspections with findings in that rule.</source>
        <translation>Click a bar to list the inspections with findings in that rule.</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>inspections</translation>
    </message>
    <message>
        <source>%1 wage-arrears cases · %2 signatures</source>
        <translation>%1 wage-arrears cases · %2 signatures</translation>
    </message>
    <message>
        <source>Signed on this computer.</source>
        <translation>Signed on this computer.</translation>
    </message>
    <message>
        <source>Verified on import: signed report and manifest intact, signer trusted (SHA-256 %1…).</source>
        <translation>Verified on import: signed report and manifest intact, signer trusted (SHA-256 %1…).</translation>
    </message>
    <message>
        <source>%1 · revision %2 · %3</source>
        <translation>%1 · revision %2 · %3</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Orders to correct</source>
        <translation>Orders to correct</translation>
    </message>
    <message>
        <source>Open the order to correct %1</source>
        <translation>Open the order to correct %1</translation>
    </message>
    <message>
        <source>Photos: %1, of which %2 flagged</source>
        <translation>Photos: %1, of which %2 flagged</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Flagged photos</source>
        <translation>Flagged photos</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Signer and unit</source>
        <translation>Signer and unit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>Why held</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Earliest deadline</source>
        <translation>Earliest deadline</translation>
    </message>
    <message>
        <source>Export the assessment workbook</source>
        <translation>Export the assessment workbook</translation>
    </message>
    <message>
        <source>Inspections started in the months:</source>
        <translation>Inspections started in the months:</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>The first month comes after the last.</source>
        <translation>The first month comes after the last.</translation>
    </message>
    <message>
        <source>Received inspections</source>
        <translation>Received inspections</translation>
    </message>
    <message>
        <source>Inspection detail</source>
        <translation>Inspection detail</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Return to inspector…</source>
        <translation>Return to inspector…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All inspectors</source>
        <translation>All inspectors</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Any verdict</translation>
    </message>
    <message>
        <source>Findings in %1</source>
        <translation>Findings in %1</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Any rule</translation>
    </message>
    <message>
        <source>Rule with findings</source>
        <translation>Rule with findings</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Any review state</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Site name contains…</source>
        <translation>Site name contains…</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Search sites</translation>
    </message>
    <message>
        <source>Return to inspector</source>
        <translation>Return to inspector</translation>
    </message>
    <message>
        <source>What must the inspector change?</source>
        <translation>What must the inspector change?</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>Trust list</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Add certificate…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Inspector's certificate</source>
        <translation>Inspector's certificate</translation>
    </message>
    <message>
        <source>Certificates (%1)</source>
        <translation>Certificates (%1)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>Checking held bundles: %1 of %2</source>
        <translation>Checking held bundles: %1 of %2</translation>
    </message>
    <message>
        <source>Held bundles imported</source>
        <translation>Held bundles imported</translation>
    </message>
    <message>
        <source>%1 held bundles from %2 imported.</source>
        <translation>%1 held bundles from %2 imported.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>needs correction</source>
        <translation>needs correction</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>failing</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>imported, supersedes an earlier revision</source>
        <translation>imported, supersedes an earlier revision</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>held: signer not trusted</source>
        <translation>held: signer not trusted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Held (unverified)</source>
        <translation>Held (unverified)</translation>
    </message>
    <message>
        <source>Bundles whose signer is not on the trust list. They are not counted anywhere until the signer is trusted.</source>
        <translation>Bundles whose signer is not on the trust list. They are not counted anywhere until the signer is trusted.</translation>
    </message>
    <message>
        <source>Trust this signer and import…</source>
        <translation>Trust this signer and import…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Watch folder…</source>
        <translation>Watch folder…</translation>
    </message>
    <message>
        <source>Export assessment workbook…</source>
        <translation>Export assessment workbook…</translation>
    </message>
    <message>
        <source>Trust list…</source>
        <translation>Trust list…</translation>
    </message>
    <message>
        <source>Held (unverified): %1</source>
        <translation>Held (unverified): %1</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Inspection bundles (%1)</source>
        <translation>Inspection bundles (%1)</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>Import a folder of bundles</translation>
    </message>
    <message>
        <source>Watch a folder for bundles (cancel to stop watching)</source>
        <translation>Watch a folder for bundles (cancel to stop watching)</translation>
    </message>
    <message>
        <source>Bundles arriving in %1 are imported automatically.</source>
        <translation>Bundles arriving in %1 are imported automatically.</translation>
    </message>
    <message>
        <source>%1 of %2 bundles imported or already here</source>
        <translation>%1 of %2 bundles imported or already here</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Trust this signer?</translation>
    </message>
    <message>
        <source>%1 — %2 %3

SHA-256 fingerprint:
%4

Compare the fingerprint with the inspector's before trusting. Their held bundles are then verified and imported.</source>
        <translation>%1 — %2 %3

SHA-256 fingerprint:
%4

Compare the fingerprint with the inspector's before trusting. Their held bundles are then verified and imported.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>Supervision — received inspections</source>
        <translation>Supervision — received inspections</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Result of %1</source>
        <translation>Result of %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
</context>
</TS>
