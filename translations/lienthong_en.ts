<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
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
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>lt::Action</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <source>Submit to the leader</source>
        <translation>Submit to the leader</translation>
    </message>
    <message>
        <source>Direct and assign</source>
        <translation>Direct and assign</translation>
    </message>
    <message>
        <source>Send back to the clerk</source>
        <translation>Send back to the clerk</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Record the sender&apos;s recall</source>
        <translation>Record the sender&apos;s recall</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>Withdraw from review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>Return to the drafter</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Number and issue</source>
        <translation>Number and issue</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Report our part</source>
        <translation>Report our part</translation>
    </message>
    <message>
        <source>Pass on to specialists</source>
        <translation>Pass on to specialists</translation>
    </message>
    <message>
        <source>Void the number</source>
        <translation>Void the number</translation>
    </message>
</context>
<context>
    <name>lt::DocumentType</name>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Communiqué</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Official dispatch by telegram</source>
        <translation>Official dispatch by telegram</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Letter of introduction</source>
        <translation>Letter of introduction</translation>
    </message>
    <message>
        <source>Leave permit</source>
        <translation>Leave permit</translation>
    </message>
    <message>
        <source>Transmittal slip</source>
        <translation>Transmittal slip</translation>
    </message>
    <message>
        <source>Forwarding slip</source>
        <translation>Forwarding slip</translation>
    </message>
    <message>
        <source>Notification slip</source>
        <translation>Notification slip</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <source>Public letter</source>
        <translation>Public letter</translation>
    </message>
    <message>
        <source>Certified true copy</source>
        <translation>Certified true copy</translation>
    </message>
    <message>
        <source>Reproduced copy</source>
        <translation>Reproduced copy</translation>
    </message>
    <message>
        <source>Extract copy</source>
        <translation>Extract copy</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Joint circular</source>
        <translation>Joint circular</translation>
    </message>
</context>
<context>
    <name>lt::Error</name>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>This action is not allowed.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>The service is not available.</source>
        <translation>The service is not available.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>A file could not be read or written.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>The operation timed out.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>An internal error occurred.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>You are not signed in, or your session has expired.</translation>
    </message>
    <message>
        <source>The account is locked for a while after too many wrong passwords.</source>
        <translation>The account is locked for a while after too many wrong passwords.</translation>
    </message>
    <message>
        <source>The document has changed; the action no longer applies.</source>
        <translation>The document has changed; the action no longer applies.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>The server cannot be reached. Your work is kept and sent later.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>The server reported an error.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>The PIN is wrong.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</translation>
    </message>
    <message>
        <source>The token was removed. Plug it in and try again.</source>
        <translation>The token was removed. Plug it in and try again.</translation>
    </message>
</context>
<context>
    <name>lt::OrgCode</name>
    <message>
        <source>The organisation code is empty.</source>
        <translation>The organisation code is empty.</translation>
    </message>
    <message>
        <source>The organisation code is longer than %1 characters.</source>
        <translation>The organisation code is longer than %1 characters.</translation>
    </message>
    <message>
        <source>An organisation code has at least four groups separated by dots, such as 000.00.11.H53.</source>
        <translation>An organisation code has at least four groups separated by dots, such as 000.00.11.H53.</translation>
    </message>
    <message>
        <source>The last group &quot;%1&quot; must be a letter followed by two digits, such as H53.</source>
        <translation>The last group &quot;%1&quot; must be a letter followed by two digits, such as H53.</translation>
    </message>
    <message>
        <source>The letter %1 does not name a level-1 body (A to K).</source>
        <translation>The letter %1 does not name a level-1 body (A to K).</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; must contain digits only.</source>
        <translation>The group &quot;%1&quot; must contain digits only.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; must have %2 digits.</source>
        <translation>The group &quot;%1&quot; must have %2 digits.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has more than 3 digits.</source>
        <translation>The group &quot;%1&quot; has more than 3 digits.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is used but a group to its right is zero: levels must be filled from right to left.</source>
        <translation>The group &quot;%1&quot; is used but a group to its right is zero: levels must be filled from right to left.</translation>
    </message>
</context>
<context>
    <name>lt::auth::SecretStore</name>
    <message>
        <source>No saved sign-in was found.</source>
        <translation>No saved sign-in was found.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Access to the system keychain was denied.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
</context>
<context>
    <name>lt::cli</name>
    <message>
        <source>Run &quot;lienthong-cli --help&quot; for the commands.</source>
        <translation>Run &quot;lienthong-cli --help&quot; for the commands.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli notation TEXT</source>
        <translation>Usage: lienthong-cli notation TEXT</translation>
    </message>
    <message>
        <source>Number and notation: %1</source>
        <translation>Number and notation: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>Type: %1 (%2)</source>
        <translation>Type: %1 (%2)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Drafting unit: %1</source>
        <translation>Drafting unit: %1</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli orgcode CODE</source>
        <translation>Usage: lienthong-cli orgcode CODE</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <source>Level-1 body: %1</source>
        <translation>Level-1 body: %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Parent: %1</translation>
    </message>
    <message>
        <source>(none: a level-1 body)</source>
        <translation>(none: a level-1 body)</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli fold TEXT...</source>
        <translation>Usage: lienthong-cli fold TEXT...</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli types</source>
        <translation>Usage: lienthong-cli types</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli workflow incoming|outgoing STATE ROLE [ACTION]</source>
        <translation>Usage: lienthong-cli workflow incoming|outgoing STATE ROLE [ACTION]</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;.</source>
        <translation>Unknown direction &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Unknown state &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unknown action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli next-number YEAR LAST-NUMBER DATE(yyyy-MM-dd)</source>
        <translation>Usage: lienthong-cli next-number YEAR LAST-NUMBER DATE(yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>YEAR and LAST-NUMBER must be whole numbers.</source>
        <translation>YEAR and LAST-NUMBER must be whole numbers.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unknown option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign in with: lienthong-cli login --server URL --user NAME</source>
        <translation>Sign in with: lienthong-cli login --server URL --user NAME</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli login --server URL --user NAME [--password-stdin]</source>
        <translation>Usage: lienthong-cli login --server URL --user NAME [--password-stdin]</translation>
    </message>
    <message>
        <source>Refusing to send a password over plain HTTP to %1; use https://.</source>
        <translation>Refusing to send a password over plain HTTP to %1; use https://.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Signed in to %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>No keychain is available: the session is not remembered, and each command will need --password-stdin.</source>
        <translation>No keychain is available: the session is not remembered, and each command will need --password-stdin.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Signed out. Documents kept offline stay on this computer.</source>
        <translation>Signed out. Documents kept offline stay on this computer.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli sync [--wait SECONDS] [--page-size N] [--password-stdin]</source>
        <translation>Usage: lienthong-cli sync [--wait SECONDS] [--page-size N] [--password-stdin]</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Retrying in %1 s.</translation>
    </message>
    <message>
        <source>Synchronised: %1 document(s) updated, %2 removed; %3 action(s) delivered (%4 applied, %5 rejected); %6 file(s) downloaded.</source>
        <translation>Synchronised: %1 document(s) updated, %2 removed; %3 action(s) delivered (%4 applied, %5 rejected); %6 file(s) downloaded.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Cursor: %1</source>
        <translation>Cursor: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Pending actions: %1</source>
        <translation>Pending actions: %1</translation>
    </message>
    <message>
        <source>Rejected actions: %1</source>
        <translation>Rejected actions: %1</translation>
    </message>
    <message>
        <source>Files kept offline: %1</source>
        <translation>Files kept offline: %1</translation>
    </message>
    <message>
        <source>Unknown box &quot;%1&quot; (to-handle, incoming, outgoing, to-sign, sent).</source>
        <translation>Unknown box &quot;%1&quot; (to-handle, incoming, outgoing, to-sign, sent).</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli search TEXT... [--limit N] [--json]</source>
        <translation>Usage: lienthong-cli search TEXT... [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli show ID [--json]</source>
        <translation>Usage: lienthong-cli show ID [--json]</translation>
    </message>
    <message>
        <source>No document &quot;%1&quot; on this computer.</source>
        <translation>No document &quot;%1&quot; on this computer.</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Incoming number</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>not downloaded</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>[pending]</source>
        <translation>[pending]</translation>
    </message>
    <message>
        <source>[rejected]</source>
        <translation>[rejected]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli pin ID | --box NAME</source>
        <translation>Usage: lienthong-cli pin ID | --box NAME</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli unpin ID | --box NAME</source>
        <translation>Usage: lienthong-cli unpin ID | --box NAME</translation>
    </message>
    <message>
        <source>Unknown box &quot;%1&quot;.</source>
        <translation>Unknown box &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kept offline: the files are downloaded by the next sync.</source>
        <translation>Kept offline: the files are downloaded by the next sync.</translation>
    </message>
    <message>
        <source>No longer kept offline.</source>
        <translation>No longer kept offline.</translation>
    </message>
    <message>
        <source>The deadline must be written yyyy-MM-dd.</source>
        <translation>The deadline must be written yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Queued &quot;%1&quot; on %2 (action %3); it is sent by the next sync.</source>
        <translation>Queued &quot;%1&quot; on %2 (action %3); it is sent by the next sync.</translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Token PIN: </translation>
    </message>
    <message>
        <source>Usage: lienthong-cli tokens [--module PATH]</source>
        <translation>Usage: lienthong-cli tokens [--module PATH]</translation>
    </message>
    <message>
        <source>No token driver was found; give one with --module PATH.</source>
        <translation>No token driver was found; give one with --module PATH.</translation>
    </message>
    <message>
        <source>Driver: %1 (%2)</source>
        <translation>Driver: %1 (%2)</translation>
    </message>
    <message>
        <source>no token plugged in</source>
        <translation>no token plugged in</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2 %3, serial %4, slot %5)</source>
        <translation>Token &quot;%1&quot; (%2 %3, serial %4, slot %5)</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <source>one PIN try left</source>
        <translation>one PIN try left</translation>
    </message>
    <message>
        <source>a wrong PIN was entered recently</source>
        <translation>a wrong PIN was entered recently</translation>
    </message>
    <message>
        <source>Certificate %1: %2</source>
        <translation>Certificate %1: %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>Valid %1 – %2</translation>
    </message>
    <message>
        <source>Key: %1 %2 bits%3</source>
        <translation>Key: %1 %2 bits%3</translation>
    </message>
    <message>
        <source>, for signing</source>
        <translation>, for signing</translation>
    </message>
    <message>
        <source>, not for signing</source>
        <translation>, not for signing</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Unknown profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page takes a page number from 1.</translation>
    </message>
    <message>
        <source>--rect takes X,Y,WIDTH,HEIGHT in points.</source>
        <translation>--rect takes X,Y,WIDTH,HEIGHT in points.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; does not exist.</source>
        <translation>The image &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>Warning: one PIN try is left on this token.</source>
        <translation>Warning: one PIN try is left on this token.</translation>
    </message>
    <message>
        <source>Warning: a wrong PIN was entered on this token recently.</source>
        <translation>Warning: a wrong PIN was entered on this token recently.</translation>
    </message>
    <message>
        <source>No signing certificate was found on a token.</source>
        <translation>No signing certificate was found on a token.</translation>
    </message>
    <message>
        <source>Signed by %1: %2 (%3 bytes added, page %4).</source>
        <translation>Signed by %1: %2 (%3 bytes added, page %4).</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli display-copy --in SIGNED.pdf --out COPY.pdf</source>
        <translation>Usage: lienthong-cli display-copy --in SIGNED.pdf --out COPY.pdf</translation>
    </message>
    <message>
        <source>%1: %2 stamp(s) painted into the pages.</source>
        <translation>%1: %2 stamp(s) painted into the pages.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli upload ID SIGNED.pdf [--password-stdin]</source>
        <translation>Usage: lienthong-cli upload ID SIGNED.pdf [--password-stdin]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>Sent: %1 is now at version %2 of its file.</source>
        <translation>Sent: %1 is now at version %2 of its file.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from &quot;%1&quot;.</source>
        <translation>No certificate could be read from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--offline-limit takes megabytes (0: no limit).</source>
        <translation>--offline-limit takes megabytes (0: no limit).</translation>
    </message>
    <message>
        <source>Token drivers: %1</source>
        <translation>Token drivers: %1</translation>
    </message>
    <message>
        <source>(those discovered)</source>
        <translation>(those discovered)</translation>
    </message>
    <message>
        <source>CA certificates: %1</source>
        <translation>CA certificates: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Offline files: %1, limit %2</source>
        <translation>Offline files: %1, limit %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Signer: %1 %2</source>
        <translation>Signer: %1 %2</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot; (B-B, B-T or B-LT).</source>
        <translation>Unknown level &quot;%1&quot; (B-B, B-T or B-LT).</translation>
    </message>
    <message>
        <source>Levels B-T and B-LT need a timestamp authority: --tsa URL.</source>
        <translation>Levels B-T and B-LT need a timestamp authority: --tsa URL.</translation>
    </message>
    <message numerus="yes">
        <source>Extended to %1: %2 (%3 bytes added; validation data for %n signature(s)).</source>
        <translation>
            <numerusform>Extended to %1: %2 (%3 bytes added; validation data for %n signature).</numerusform>
            <numerusform>Extended to %1: %2 (%3 bytes added; validation data for %n signatures).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature level: %1; timestamps: %2; OCSP: %3</source>
        <translation>Signature level: %1; timestamps: %2; OCSP: %3</translation>
    </message>
    <message>
        <source>the certificate&apos;s</source>
        <translation>the certificate&apos;s</translation>
    </message>
    <message>
        <source>--field takes the field&apos;s page and place: no --page or --rect with it.</source>
        <translation>--field takes the field&apos;s page and place: no --page or --rect with it.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL] [--crl URL] [--chain PEM]</source>
        <translation>Usage: lienthong-cli extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL] [--crl URL] [--chain PEM]</translation>
    </message>
    <message>
        <source>Choose exactly one lead unit with --lead.</source>
        <translation>Choose exactly one lead unit with --lead.</translation>
    </message>
    <message>
        <source>A wrong PIN now locks the token. Type &quot;yes&quot; to go on: </source>
        <translation>A wrong PIN now locks the token. Type &quot;yes&quot; to go on: </translation>
    </message>
    <message>
        <source>Not signed: the last PIN try is kept. Sign with --final-pin-try when you are sure of the PIN.</source>
        <translation>Not signed: the last PIN try is kept. Sign with --final-pin-try when you are sure of the PIN.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (vi, en).</source>
        <translation>Unknown language &quot;%1&quot; (vi, en).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, such as 30.</source>
        <translation>--timeout takes a number of seconds, such as 30.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli ls [--box incoming|outgoing|to-sign|sent|to-handle] [--work] [--urgent] [--overdue] [--unread] [--limit N] [--offset N] [--json]</source>
        <translation>Usage: lienthong-cli ls [--box incoming|outgoing|to-sign|sent|to-handle] [--work] [--urgent] [--overdue] [--unread] [--limit N] [--offset N] [--json]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli read ID...</source>
        <translation>Usage: lienthong-cli read ID...</translation>
    </message>
    <message numerus="yes">
        <source>Marked read: %n document(s).</source>
        <translation>
            <numerusform>Marked read: %n document.</numerusform>
            <numerusform>Marked read: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>(sent %1)</source>
        <translation>(sent %1)</translation>
    </message>
    <message>
        <source>Urgency is one of normal, urgent, very_urgent, flash, flash_timed.</source>
        <translation>Urgency is one of normal, urgent, very_urgent, flash, flash_timed.</translation>
    </message>
    <message>
        <source>Confidentiality is one of normal, confidential, secret, top_secret.</source>
        <translation>Confidentiality is one of normal, confidential, secret, top_secret.</translation>
    </message>
    <message>
        <source>Not registered: the same document (issuer, number and date) is registered already:</source>
        <translation>Not registered: the same document (issuer, number and date) is registered already:</translation>
    </message>
    <message>
        <source>Register it anyway with --accept-duplicate.</source>
        <translation>Register it anyway with --accept-duplicate.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli draft version ID --file F.pdf</source>
        <translation>Usage: lienthong-cli draft version ID --file F.pdf</translation>
    </message>
    <message>
        <source>%1 is now at version %2 (%3).</source>
        <translation>%1 is now at version %2 (%3).</translation>
    </message>
    <message>
        <source>A draft needs --type (such as QĐ, KH, TTr or cong_van), --subject and --file.</source>
        <translation>A draft needs --type (such as QĐ, KH, TTr or cong_van), --subject and --file.</translation>
    </message>
    <message>
        <source>%1 registered with arrival number %2.</source>
        <translation>%1 registered with arrival number %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lienthong-cli issue ID [--module PATH] [--token LABEL] [--key-id HEX] [--pin-stdin] [--password-stdin]
(the PIN and the password cannot both come from stdin: LIENTHONG_PIN gives the PIN)</source>
        <translation>Usage: lienthong-cli issue ID [--module PATH] [--token LABEL] [--key-id HEX] [--pin-stdin] [--password-stdin]
(the PIN and the password cannot both come from stdin: LIENTHONG_PIN gives the PIN)</translation>
    </message>
    <message>
        <source>%1 is numbered %2 and signed; it is issued by the next sync.</source>
        <translation>%1 is numbered %2 and signed; it is issued by the next sync.</translation>
    </message>
    <message>
        <source>Issuing takes --issue-number N (from 1), --issue-notation such as KH-UBND and an optional --issue-date yyyy-MM-dd.</source>
        <translation>Issuing takes --issue-number N (from 1), --issue-notation such as KH-UBND and an optional --issue-date yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX] [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N] [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM] [--name TEXT] [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM] [--pss] [--final-pin-try] [--issue-number N --issue-notation KH-UBND [--issue-date yyyy-MM-dd] [--number-at X,Y] [--day-at X,Y --month-at X,Y [--year-at X,Y]]]</source>
        <translation>Usage: lienthong-cli sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX] [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N] [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM] [--name TEXT] [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM] [--pss] [--final-pin-try] [--issue-number N --issue-notation KH-UBND [--issue-date yyyy-MM-dd] [--number-at X,Y] [--day-at X,Y --month-at X,Y [--year-at X,Y]]]</translation>
    </message>
    <message>
        <source>--number-at, --day-at, --month-at and --year-at take X,Y in points.</source>
        <translation>--number-at, --day-at, --month-at and --year-at take X,Y in points.</translation>
    </message>
    <message>
        <source>--day-at and --month-at go together.</source>
        <translation>--day-at and --month-at go together.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli draft submit ID [--to LOGIN] [--text TEXT] [--same-version]</source>
        <translation>Usage: lienthong-cli draft submit ID [--to LOGIN] [--text TEXT] [--same-version]</translation>
    </message>
    <message>
        <source>The draft was returned and has no new version since: give one with &quot;draft version&quot;, or submit the same text again with --same-version.</source>
        <translation>The draft was returned and has no new version since: give one with &quot;draft version&quot;, or submit the same text again with --same-version.</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>Co-operating units</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]... [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]
Actions: approve, return, direct, reassign, comment, register, submit, sign, issue, dispatch, …
--to names the leader (submit) or reviewer (submit_for_review) it goes to; UNIT:PERSON gives the part to one person of the unit (pass_on: --lead LOGIN and --cooperate LOGIN, people of your unit). With --file the signed version of the main file goes up before the action.</source>
        <translation>Usage: lienthong-cli act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]... [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]
Actions: approve, return, direct, reassign, comment, register, submit, sign, issue, dispatch, …
--to names the leader (submit) or reviewer (submit_for_review) it goes to; UNIT:PERSON gives the part to one person of the unit (pass_on: --lead LOGIN and --cooperate LOGIN, people of your unit). With --file the signed version of the main file goes up before the action.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli unread ID...</source>
        <translation>Usage: lienthong-cli unread ID...</translation>
    </message>
    <message numerus="yes">
        <source>Marked unread: %n document(s).</source>
        <translation>
            <numerusform>Marked unread: %n document.</numerusform>
            <numerusform>Marked unread: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lienthong-cli settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists] [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT] [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--phrase TEXT]... | [--default-phrases]</source>
        <translation>Usage: lienthong-cli settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists] [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT] [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--phrase TEXT]... | [--default-phrases]</translation>
    </message>
    <message>
        <source>Ready-made phrases:</source>
        <translation>Ready-made phrases:</translation>
    </message>
    <message>
        <source>Ready-made phrases (built-in):</source>
        <translation>Ready-made phrases (built-in):</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]... [--signer LOGIN] [--unit UNIT] [--recipient UNIT|PERSON|external:ORGCODE|paper:NAME]... [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]
       lienthong-cli draft version ID --file F.pdf
       lienthong-cli draft submit ID [--to LOGIN]</source>
        <translation>Usage: lienthong-cli draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]... [--signer LOGIN] [--unit UNIT] [--recipient UNIT|PERSON|external:ORGCODE|paper:NAME]... [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]
       lienthong-cli draft version ID --file F.pdf
       lienthong-cli draft submit ID [--to LOGIN]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli incoming register --issuer-code ORGCODE|--issuer-name TEXT --notation N/KH-XX --date yyyy-MM-dd --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]... [--signer-name TEXT] [--signer-title TEXT] [--pages N] [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME] [--accept-duplicate]</source>
        <translation>Usage: lienthong-cli incoming register --issuer-code ORGCODE|--issuer-name TEXT --notation N/KH-XX --date yyyy-MM-dd --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]... [--signer-name TEXT] [--signer-title TEXT] [--pages N] [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME] [--accept-duplicate]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli register show --direction in|out|post [--year YYYY] [--register NAME|secret] [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]</source>
        <translation>Usage: lienthong-cli register show --direction in|out|post [--year YYYY] [--register NAME|secret] [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]</translation>
    </message>
    <message>
        <source>(the agency&apos;s)</source>
        <translation>(the agency&apos;s)</translation>
    </message>
    <message>
        <source>Other registers this year: %1</source>
        <translation>Other registers this year: %1</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli [--lang vi|en] [--profile DIR] [--timeout SECONDS] [--ca-file PEM] COMMAND [ARGUMENTS]

LienThong on the command line: everything the desktop does, scriptable.

Working with the server (the profile keeps documents for offline work):
  login --server URL --user NAME [--password-stdin]
                           sign in; the session is kept in the system keychain
  logout                   sign out (documents kept offline stay)
  sync [--wait SECONDS] [--page-size N] [--password-stdin]
                           send queued actions, receive changes and files kept offline
  status                   server, user, last sync, pending actions, cache size
  ls [--box to-handle|incoming|outgoing|to-sign|sent] [--work] [--urgent]
     [--overdue] [--unread] [--limit N] [--offset N] [--json]
                           list documents, newest first (--work: the open ones
                           given to you or your unit)
  search TEXT... [--json]  search with or without accents (&quot;quyet dinh&quot;)
  show ID [--json]         a document: metadata, files, history, pending actions
  read ID...               mark documents read (the server learns it at the sync)
  unread ID...             mark documents unread again
  pin ID | pin --box NAME  keep files offline (unpin to stop)
  act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]...
      [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]
                           queue an action (approve, return, direct, comment, …);
                           --to: the leader or reviewer it is put before; with
                           --file a signed version goes up first (sign, issue);
                           pass_on (a head): --lead LOGIN [--cooperate LOGIN]...
                           gives the unit&apos;s part to its people
  upload ID SIGNED.pdf     send a signed version of the document&apos;s file (the server
                           takes it only if it extends the current version)
  draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]...
      [--signer LOGIN] [--unit UNIT] [--recipient UNIT|PERSON|external:CODE|paper:NAME]...
      [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]
                           a new draft (a .docx/.odt: made a PDF by LibreOffice);
                           prints its id
  draft version ID --file F.pdf   a new version of a draft (returned or not yet sent)
  draft submit ID [--to LOGIN]    put a draft before its reviewer
  incoming register --issuer-code CODE|--issuer-name TEXT --notation N/KH-XX
      --date yyyy-MM-dd --type TYPE --subject TEXT --file SCAN.pdf [--pages N]
      [--register NAME] [--accept-duplicate] …
                           register a document received on paper or by e-mail;
                           prints its id and arrival number
  issue ID [--module PATH] [--pin-stdin]
                           the clerk: the number from the register written into the
                           file with the agency&apos;s signature, queued
  register show --direction in|out|post [--year YYYY] [--register NAME|secret]
                [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]
                           the registers of Decree 30/2020, Annex IV (--register: a
                           council&apos;s own, or the secret series; --pdf: laid out
                           for printing as the annex shows them)
  settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists]
           [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT]
           [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL]
           [--phrase TEXT]... | [--default-phrases]
                           show or change the profile&apos;s settings (as the app&apos;s;
                           --phrase: the ready-made phrases of directions)

Signing with a USB token (PKCS#11), without a server:
  tokens [--module PATH]   list token drivers, tokens and their certificates
  sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX]
       [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N]
       [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM]
       [--name TEXT]
       [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT]
       [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM]
       [--pss] [--final-pin-try]
                           PAdES signature with a visible stamp; the PIN comes
                           from a prompt, --pin-stdin or LIENTHONG_PIN (never
                           empty); with one try left, only after a yes at the
                           prompt or with --final-pin-try
  extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL]
         [--crl URL] [--chain PEM]
                           bring a signature made offline up to B-T or B-LT
  display-copy --in SIGNED.pdf --out COPY.pdf
                           a copy for viewing with the stamps painted into the pages

Packages between agencies (edXML), without a server:
  edxml show FILE [--json] a package: sender, receivers, number, subject, files,
                           status; its XML signature checked
  edxml verify FILE        its XML signature only (exit 0 only when valid)

Rules of the domain, without a server:
  notation TEXT            check a number and notation, e.g. &quot;05/QĐ-UBND&quot;
  orgcode CODE             check a national organisation code, show its level and parent
  fold TEXT...             show the search form of a text (no accents, lower case)
  types                    list the document types and their abbreviations
  workflow DIRECTION STATE ROLE [ACTION]
                           list the actions ROLE may take, or judge ACTION
                           (DIRECTION: incoming|outgoing)
  next-number YEAR LAST DATE
                           the number a register gives next for a document dated DATE

Options:
  --lang vi|en             language of the messages (default: vi)
  --profile DIR            the profile folder (default: the user&apos;s application data)
  --timeout SECONDS        network timeout (default: 30)
  --ca-file PEM            trust this CA for the server&apos;s certificate (kept by login)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage, 3 server not reachable, 4 not signed in.
</source>
        <translation>Usage: lienthong-cli [--lang vi|en] [--profile DIR] [--timeout SECONDS] [--ca-file PEM] COMMAND [ARGUMENTS]

LienThong on the command line: everything the desktop does, scriptable.

Working with the server (the profile keeps documents for offline work):
  login --server URL --user NAME [--password-stdin]
                           sign in; the session is kept in the system keychain
  logout                   sign out (documents kept offline stay)
  sync [--wait SECONDS] [--page-size N] [--password-stdin]
                           send queued actions, receive changes and files kept offline
  status                   server, user, last sync, pending actions, cache size
  ls [--box to-handle|incoming|outgoing|to-sign|sent] [--work] [--urgent]
     [--overdue] [--unread] [--limit N] [--offset N] [--json]
                           list documents, newest first (--work: the open ones
                           given to you or your unit)
  search TEXT... [--json]  search with or without accents (&quot;quyet dinh&quot;)
  show ID [--json]         a document: metadata, files, history, pending actions
  read ID...               mark documents read (the server learns it at the sync)
  unread ID...             mark documents unread again
  pin ID | pin --box NAME  keep files offline (unpin to stop)
  act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]...
      [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]
                           queue an action (approve, return, direct, comment, …);
                           --to: the leader or reviewer it is put before; with
                           --file a signed version goes up first (sign, issue);
                           pass_on (a head): --lead LOGIN [--cooperate LOGIN]...
                           gives the unit&apos;s part to its people
  upload ID SIGNED.pdf     send a signed version of the document&apos;s file (the server
                           takes it only if it extends the current version)
  draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]...
      [--signer LOGIN] [--unit UNIT] [--recipient UNIT|PERSON|external:CODE|paper:NAME]...
      [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]
                           a new draft (a .docx/.odt: made a PDF by LibreOffice);
                           prints its id
  draft version ID --file F.pdf   a new version of a draft (returned or not yet sent)
  draft submit ID [--to LOGIN]    put a draft before its reviewer
  incoming register --issuer-code CODE|--issuer-name TEXT --notation N/KH-XX
      --date yyyy-MM-dd --type TYPE --subject TEXT --file SCAN.pdf [--pages N]
      [--register NAME] [--accept-duplicate] …
                           register a document received on paper or by e-mail;
                           prints its id and arrival number
  issue ID [--module PATH] [--pin-stdin]
                           the clerk: the number from the register written into the
                           file with the agency&apos;s signature, queued
  register show --direction in|out|post [--year YYYY] [--register NAME|secret]
                [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]
                           the registers of Decree 30/2020, Annex IV (--register: a
                           council&apos;s own, or the secret series; --pdf: laid out
                           for printing as the annex shows them)
  settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists]
           [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT]
           [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL]
           [--phrase TEXT]... | [--default-phrases]
                           show or change the profile&apos;s settings (as the app&apos;s;
                           --phrase: the ready-made phrases of directions)

Signing with a USB token (PKCS#11), without a server:
  tokens [--module PATH]   list token drivers, tokens and their certificates
  sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX]
       [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N]
       [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM]
       [--name TEXT]
       [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT]
       [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM]
       [--pss] [--final-pin-try]
                           PAdES signature with a visible stamp; the PIN comes
                           from a prompt, --pin-stdin or LIENTHONG_PIN (never
                           empty); with one try left, only after a yes at the
                           prompt or with --final-pin-try
  extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL]
         [--crl URL] [--chain PEM]
                           bring a signature made offline up to B-T or B-LT
  display-copy --in SIGNED.pdf --out COPY.pdf
                           a copy for viewing with the stamps painted into the pages

Packages between agencies (edXML), without a server:
  edxml show FILE [--json] a package: sender, receivers, number, subject, files,
                           status; its XML signature checked
  edxml verify FILE        its XML signature only (exit 0 only when valid)

Rules of the domain, without a server:
  notation TEXT            check a number and notation, e.g. &quot;05/QĐ-UBND&quot;
  orgcode CODE             check a national organisation code, show its level and parent
  fold TEXT...             show the search form of a text (no accents, lower case)
  types                    list the document types and their abbreviations
  workflow DIRECTION STATE ROLE [ACTION]
                           list the actions ROLE may take, or judge ACTION
                           (DIRECTION: incoming|outgoing)
  next-number YEAR LAST DATE
                           the number a register gives next for a document dated DATE

Options:
  --lang vi|en             language of the messages (default: vi)
  --profile DIR            the profile folder (default: the user&apos;s application data)
  --timeout SECONDS        network timeout (default: 30)
  --ca-file PEM            trust this CA for the server&apos;s certificate (kept by login)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage, 3 server not reachable, 4 not signed in.
</translation>
    </message>
</context>
<context>
    <name>lt::cli::Edxml</name>
    <message>
        <source>valid, signed by %1 (issued by %2)</source>
        <translation>valid, signed by %1 (issued by %2)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>a placeholder, not a signature: %1</source>
        <translation>a placeholder, not a signature: %1</translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation>NOT valid: %1</translation>
    </message>
    <message>
        <source>urgent (khẩn)</source>
        <translation>urgent (khẩn)</translation>
    </message>
    <message>
        <source>very urgent (thượng khẩn)</source>
        <translation>very urgent (thượng khẩn)</translation>
    </message>
    <message>
        <source>flash (hỏa tốc)</source>
        <translation>flash (hỏa tốc)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>From: %1 (%2)</source>
        <translation>From: %1 (%2)</translation>
    </message>
    <message>
        <source>To: %1 (%2)</source>
        <translation>To: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Number and notation: %1</source>
        <translation>Number and notation: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Signed by: %1 %2</source>
        <translation>Signed by: %1 %2</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgency: %1</translation>
    </message>
    <message>
        <source>File: %1 (%2 bytes)</source>
        <translation>File: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Package signature: %1</source>
        <translation>Package signature: %1</translation>
    </message>
    <message>
        <source>Use &quot;edxml show FILE [--json]&quot; or &quot;edxml verify FILE&quot;.</source>
        <translation>Use &quot;edxml show FILE [--json]&quot; or &quot;edxml verify FILE&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::desk</name>
    <message>
        <source>No document &quot;%1&quot; on this computer.</source>
        <translation>No document &quot;%1&quot; on this computer.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>The document has no such file.</source>
        <translation>The document has no such file.</translation>
    </message>
    <message>
        <source>The file could not be downloaded.</source>
        <translation>The file could not be downloaded.</translation>
    </message>
    <message>
        <source>The document has no file to sign.</source>
        <translation>The document has no file to sign.</translation>
    </message>
    <message>
        <source>The signed file cannot be read.</source>
        <translation>The signed file cannot be read.</translation>
    </message>
    <message>
        <source>%1
The signed file is kept in %2.</source>
        <translation>%1
The signed file is kept in %2.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>The file is not on this computer yet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>&quot;%1&quot; cannot be written.</translation>
    </message>
    <message>
        <source>The box is kept offline: its files are downloaded when the network is back.</source>
        <translation>The box is kept offline: its files are downloaded when the network is back.</translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n document(s), downloaded when the network is back.</source>
        <translation>
            <numerusform>Kept offline: %n document, downloaded when the network is back.</numerusform>
            <numerusform>Kept offline: %n documents, downloaded when the network is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box is no longer kept offline.</source>
        <translation>The box is no longer kept offline.</translation>
    </message>
    <message>
        <source>The box is kept offline: its files are on this computer.</source>
        <translation>The box is kept offline: its files are on this computer.</translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n document(s) on this computer.</source>
        <translation>
            <numerusform>Kept offline: %n document on this computer.</numerusform>
            <numerusform>Kept offline: %n documents on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not on this computer, and you are not signed in: &quot;Keep offline&quot; downloads it once you are.</source>
        <translation>The file is not on this computer, and you are not signed in: &quot;Keep offline&quot; downloads it once you are.</translation>
    </message>
    <message>
        <source>The file is not on this computer and the server cannot be reached: &quot;Keep offline&quot; downloads it when the network is back.</source>
        <translation>The file is not on this computer and the server cannot be reached: &quot;Keep offline&quot; downloads it when the network is back.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The server kept another file than the one sent.</source>
        <translation>The server kept another file than the one sent.</translation>
    </message>
    <message>
        <source>A document needs its main file (a PDF).</source>
        <translation>A document needs its main file (a PDF).</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Arrival number</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Type and subject</source>
        <translation>Type and subject</translation>
    </message>
    <message>
        <source>Unit or person receiving</source>
        <translation>Unit or person receiving</translation>
    </message>
    <message>
        <source>Date passed on</source>
        <translation>Date passed on</translation>
    </message>
    <message>
        <source>Signature of receipt</source>
        <translation>Signature of receipt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Unit or person keeping the copy</source>
        <translation>Unit or person keeping the copy</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <source>Receipt and postmark</source>
        <translation>Receipt and postmark</translation>
    </message>
    <message>
        <source>Issuing needs the server: the number comes from the agency&apos;s register.</source>
        <translation>Issuing needs the server: the number comes from the agency&apos;s register.</translation>
    </message>
    <message>
        <source>The server gave no number.</source>
        <translation>The server gave no number.</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <source>%1, helping</source>
        <translation>%1, helping</translation>
    </message>
    <message>
        <source>%1, to know</source>
        <translation>%1, to know</translation>
    </message>
    <message>
        <source>REGISTER OF INCOMING DOCUMENTS</source>
        <translation>REGISTER OF INCOMING DOCUMENTS</translation>
    </message>
    <message>
        <source>REGISTER OF OUTGOING DOCUMENTS</source>
        <translation>REGISTER OF OUTGOING DOCUMENTS</translation>
    </message>
    <message>
        <source>REGISTER OF DOCUMENTS SENT BY POST</source>
        <translation>REGISTER OF DOCUMENTS SENT BY POST</translation>
    </message>
    <message>
        <source>Incoming %1</source>
        <translation>Incoming %1</translation>
    </message>
    <message>
        <source>Outgoing %1</source>
        <translation>Outgoing %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Post %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>From number %1 to number %2</source>
        <translation>From number %1 to number %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: its signature no longer matches. It is not issued; return it to its signer.</source>
        <translation>The file was changed after it was signed: its signature no longer matches. It is not issued; return it to its signer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs LibreOffice to become a PDF, and it is not installed here. Install LibreOffice, or save the file as PDF (File › Save as / Export as PDF) and choose the PDF.</source>
        <translation>&quot;%1&quot; needs LibreOffice to become a PDF, and it is not installed here. Install LibreOffice, or save the file as PDF (File › Save as / Export as PDF) and choose the PDF.</translation>
    </message>
    <message>
        <source>No room to convert &quot;%1&quot;.</source>
        <translation>No room to convert &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>LibreOffice took too long to make a PDF of &quot;%1&quot;.</source>
        <translation>LibreOffice took too long to make a PDF of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started to convert &quot;%1&quot;.</source>
        <translation>LibreOffice could not be started to convert &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>LibreOffice could not make a PDF of &quot;%1&quot;: the file may be damaged or not a document.</source>
        <translation>LibreOffice could not make a PDF of &quot;%1&quot;: the file may be damaged or not a document.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file, nor a document LibreOffice makes a PDF of (.docx, .doc, .odt, .rtf).</source>
        <translation>&quot;%1&quot; is not a PDF file, nor a document LibreOffice makes a PDF of (.docx, .doc, .odt, .rtf).</translation>
    </message>
</context>
<context>
    <name>lt::edxml::Package</name>
    <message>
        <source>The package is not a valid edXML package: %1</source>
        <translation>The package is not a valid edXML package: %1</translation>
    </message>
    <message>
        <source>No room for the package&apos;s files.</source>
        <translation>No room for the package&apos;s files.</translation>
    </message>
    <message>
        <source>it declares a document type (DTD), which is not allowed.</source>
        <translation>it declares a document type (DTD), which is not allowed.</translation>
    </message>
    <message>
        <source>it uses an entity that is not defined.</source>
        <translation>it uses an entity that is not defined.</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not valid base64.</source>
        <translation>the file &quot;%1&quot; is not valid base64.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than allowed.</source>
        <translation>The file &quot;%1&quot; is larger than allowed.</translation>
    </message>
    <message>
        <source>a field is longer than a megabyte.</source>
        <translation>a field is longer than a megabyte.</translation>
    </message>
    <message>
        <source>the XML is broken (line %1).</source>
        <translation>the XML is broken (line %1).</translation>
    </message>
    <message>
        <source>it has no edXML root.</source>
        <translation>it has no edXML root.</translation>
    </message>
    <message>
        <source>it does not say who sent it (From/OrganId).</source>
        <translation>it does not say who sent it (From/OrganId).</translation>
    </message>
    <message>
        <source>it names no receiver (To).</source>
        <translation>it names no receiver (To).</translation>
    </message>
    <message>
        <source>an organisation code is longer than 35 characters.</source>
        <translation>an organisation code is longer than 35 characters.</translation>
    </message>
    <message>
        <source>a receiver&apos;s organisation code is missing or longer than 35 characters.</source>
        <translation>a receiver&apos;s organisation code is missing or longer than 35 characters.</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot; twice.</source>
        <translation>the manifest names &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which the package does not carry.</source>
        <translation>the manifest names &quot;%1&quot;, which the package does not carry.</translation>
    </message>
    <message>
        <source>its root element is &lt;%1&gt;, not &lt;edXML&gt;.</source>
        <translation>its root element is &lt;%1&gt;, not &lt;edXML&gt;.</translation>
    </message>
    <message>
        <source>its elements are nested too deeply.</source>
        <translation>its elements are nested too deeply.</translation>
    </message>
    <message>
        <source>it carries more than %1 files.</source>
        <translation>it carries more than %1 files.</translation>
    </message>
    <message>
        <source>a file carries its content twice.</source>
        <translation>a file carries its content twice.</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; has no content.</source>
        <translation>the file &quot;%1&quot; has no content.</translation>
    </message>
    <message>
        <source>a file has no ContentId.</source>
        <translation>a file has no ContentId.</translation>
    </message>
    <message>
        <source>two files have the ContentId &quot;%1&quot;.</source>
        <translation>two files have the ContentId &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created.</source>
        <translation>&quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>The package&apos;s files are larger together than allowed.</source>
        <translation>The package&apos;s files are larger together than allowed.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; cannot be read.</source>
        <translation>the date &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2).</source>
        <translation>&quot;%1&quot; is not a number (%2).</translation>
    </message>
    <message>
        <source>the business type %1 is not known.</source>
        <translation>the business type %1 is not known.</translation>
    </message>
    <message>
        <source>the priority %1 is not known.</source>
        <translation>the priority %1 is not known.</translation>
    </message>
    <message>
        <source>the status code &quot;%1&quot; is not known.</source>
        <translation>the status code &quot;%1&quot; is not known.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>&quot;%1&quot; cannot be written.</translation>
    </message>
    <message>
        <source>The package is not well-formed XML.</source>
        <translation>The package is not well-formed XML.</translation>
    </message>
    <message>
        <source>The package cannot be signed.</source>
        <translation>The package cannot be signed.</translation>
    </message>
    <message>
        <source>The XML-signature library cannot start.</source>
        <translation>The XML-signature library cannot start.</translation>
    </message>
    <message>
        <source>The package carries something shaped like a signature outside the XML-signature namespace: it cannot be verified.</source>
        <translation>The package carries something shaped like a signature outside the XML-signature namespace: it cannot be verified.</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>The package is not signed.</translation>
    </message>
    <message>
        <source>The signature carries no readable certificate (a placeholder or a truncated one).</source>
        <translation>The signature carries no readable certificate (a placeholder or a truncated one).</translation>
    </message>
    <message>
        <source>The signature does not cover the whole package.</source>
        <translation>The signature does not cover the whole package.</translation>
    </message>
    <message>
        <source>The package was changed after it was signed, or its signature does not match its certificate.</source>
        <translation>The package was changed after it was signed, or its signature does not match its certificate.</translation>
    </message>
    <message>
        <source>The signing certificate cannot be read.</source>
        <translation>The signing certificate cannot be read.</translation>
    </message>
    <message>
        <source>it has no edXMLHeader.</source>
        <translation>it has no edXMLHeader.</translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be read.</source>
        <translation>The token&apos;s signature cannot be read.</translation>
    </message>
    <message>
        <source>A zipped attachment is damaged or not a zip archive.</source>
        <translation>A zipped attachment is damaged or not a zip archive.</translation>
    </message>
    <message>
        <source>A received file cannot be read.</source>
        <translation>A received file cannot be read.</translation>
    </message>
    <message>
        <source>A zipped attachment unpacks to more than is allowed (a zip bomb?).</source>
        <translation>A zipped attachment unpacks to more than is allowed (a zip bomb?).</translation>
    </message>
    <message>
        <source>A received file cannot be saved.</source>
        <translation>A received file cannot be saved.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to zip.</source>
        <translation>&quot;%1&quot; is too large to zip.</translation>
    </message>
</context>
<context>
    <name>lt::enums</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Flash, timed</source>
        <translation>Flash, timed</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Awaiting direction</source>
        <translation>Awaiting direction</translation>
    </message>
    <message>
        <source>Directed and assigned</source>
        <translation>Directed and assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Returned to sender</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>Signed by the leader</source>
        <translation>Signed by the leader</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
</context>
<context>
    <name>lt::json</name>
    <message>
        <source>The server sent an invalid value for &quot;%1&quot;.</source>
        <translation>The server sent an invalid value for &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::net::ApiClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>The server&apos;s certificate could not be verified.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>The server sent an answer that is not valid JSON.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Cannot write &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>The server reported an error.</translation>
    </message>
</context>
<context>
    <name>lt::numbering</name>
    <message>
        <source>The number and notation are empty.</source>
        <translation>The number and notation are empty.</translation>
    </message>
    <message>
        <source>A number and notation contains no spaces: &quot;%1&quot;.</source>
        <translation>A number and notation contains no spaces: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;/&quot; between the number and the notation (expected e.g. 05/QĐ-UBND).</source>
        <translation>&quot;%1&quot; has no &quot;/&quot; between the number and the notation (expected e.g. 05/QĐ-UBND).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many &quot;/&quot;.</source>
        <translation>&quot;%1&quot; has too many &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The number &quot;%1&quot; must be written with 1 to 7 digits.</source>
        <translation>The number &quot;%1&quot; must be written with 1 to 7 digits.</translation>
    </message>
    <message>
        <source>The number must be at least 1.</source>
        <translation>The number must be at least 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid year.</source>
        <translation>&quot;%1&quot; is not a valid year.</translation>
    </message>
    <message>
        <source>The notation after the number is empty.</source>
        <translation>The notation after the number is empty.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed in a notation.</source>
        <translation>The character &quot;%1&quot; is not allowed in a notation.</translation>
    </message>
    <message>
        <source>The notation &quot;%1&quot; has an empty part between hyphens.</source>
        <translation>The notation &quot;%1&quot; has an empty part between hyphens.</translation>
    </message>
    <message>
        <source>The notation &quot;%1&quot; needs at least two parts joined by a hyphen (type-issuer or issuer-unit).</source>
        <translation>The notation &quot;%1&quot; needs at least two parts joined by a hyphen (type-issuer or issuer-unit).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type abbreviation; only typed documents carry a year.</source>
        <translation>&quot;%1&quot; is not a document type abbreviation; only typed documents carry a year.</translation>
    </message>
    <message>
        <source>The document date is not valid.</source>
        <translation>The document date is not valid.</translation>
    </message>
    <message>
        <source>The register has moved on to %1: no number can be given for a date in %2.</source>
        <translation>The register has moved on to %1: no number can be given for a date in %2.</translation>
    </message>
    <message>
        <source>The register is full for %1.</source>
        <translation>The register is full for %1.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Cms</name>
    <message>
        <source>The signature could not be built (%1).</source>
        <translation>The signature could not be built (%1).</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>The certificate cannot be read.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::DisplayCopy</name>
    <message>
        <source>Cannot write the display copy.</source>
        <translation>Cannot write the display copy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The PDF cannot be prepared for display: it is damaged or built in a way this program cannot read.</source>
        <translation>The PDF cannot be prepared for display: it is damaged or built in a way this program cannot read.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Register</name>
    <message>
        <source>The register has no columns.</source>
        <translation>The register has no columns.</translation>
    </message>
    <message>
        <source>No font to print the register with.</source>
        <translation>No font to print the register with.</translation>
    </message>
    <message>
        <source>The register could not be printed to PDF.</source>
        <translation>The register could not be printed to PDF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>&quot;%1&quot; cannot be written.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Signer</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file.</source>
        <translation>&quot;%1&quot; is not a PDF file.</translation>
    </message>
    <message>
        <source>Cannot write in &quot;%1&quot;.</source>
        <translation>Cannot write in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <source>The PDF has %1 page(s); there is no page %2.</source>
        <translation>The PDF has %1 page(s); there is no page %2.</translation>
    </message>
    <message>
        <source>The signature could not be placed in the PDF.</source>
        <translation>The signature could not be placed in the PDF.</translation>
    </message>
    <message>
        <source>The signature (%1 bytes) does not fit the room reserved for it.</source>
        <translation>The signature (%1 bytes) does not fit the room reserved for it.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; it cannot be signed.</source>
        <translation>The PDF is protected by a password; it cannot be signed.</translation>
    </message>
    <message>
        <source>The signed file cannot be read back.</source>
        <translation>The signed file cannot be read back.</translation>
    </message>
    <message>
        <source>Signing would have changed the original bytes; nothing was written.</source>
        <translation>Signing would have changed the original bytes; nothing was written.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>&quot;%1&quot; cannot be written.</translation>
    </message>
    <message>
        <source>A document timestamp needs a timestamp authority.</source>
        <translation>A document timestamp needs a timestamp authority.</translation>
    </message>
    <message>
        <source>The PDF has no signature field named &quot;%1&quot;.</source>
        <translation>The PDF has no signature field named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; is already signed.</source>
        <translation>The signature field &quot;%1&quot; is already signed.</translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; has its widget apart from the field; such fields are not supported yet.</source>
        <translation>The signature field &quot;%1&quot; has its widget apart from the field; such fields are not supported yet.</translation>
    </message>
    <message>
        <source>The signature image &quot;%1&quot; cannot be read: give a PNG file.</source>
        <translation>The signature image &quot;%1&quot; cannot be read: give a PNG file.</translation>
    </message>
    <message>
        <source>The PDF is encrypted by its author (changes are restricted); it cannot be signed without breaking that protection. Ask the sender for a copy that is not encrypted.</source>
        <translation>The PDF is encrypted by its author (changes are restricted); it cannot be signed without breaking that protection. Ask the sender for a copy that is not encrypted.</translation>
    </message>
    <message>
        <source>The disk of &quot;%1&quot; is full: free some space and sign again (nothing was changed).</source>
        <translation>The disk of &quot;%1&quot; is full: free some space and sign again (nothing was changed).</translation>
    </message>
    <message>
        <source>The signed file cannot be written in &quot;%1&quot; (nothing was changed).</source>
        <translation>The signed file cannot be written in &quot;%1&quot; (nothing was changed).</translation>
    </message>
    <message>
        <source>The PDF is damaged or built in a way this program cannot sign; nothing was written. Opening it and saving it again (or printing it to PDF) usually gives a file that can be signed.</source>
        <translation>The PDF is damaged or built in a way this program cannot sign; nothing was written. Opening it and saving it again (or printing it to PDF) usually gives a file that can be signed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder: give the name of the signed file.</source>
        <translation>&quot;%1&quot; is a folder: give the name of the signed file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only; it was not replaced. Choose another name or allow writing to it.</source>
        <translation>&quot;%1&quot; is read-only; it was not replaced. Choose another name or allow writing to it.</translation>
    </message>
    <message>
        <source>The PDF cannot be read; the stamp cannot be placed.</source>
        <translation>The PDF cannot be read; the stamp cannot be placed.</translation>
    </message>
    <message>
        <source>The stamp cannot be drawn.</source>
        <translation>The stamp cannot be drawn.</translation>
    </message>
    <message>
        <source>The &quot;Số:&quot; line was not found on page 1, so the number cannot be written into the document. Give its place (for a scanned page), or issue a document whose text can be read.</source>
        <translation>The &quot;Số:&quot; line was not found on page 1, so the number cannot be written into the document. Give its place (for a scanned page), or issue a document whose text can be read.</translation>
    </message>
    <message>
        <source>The line &quot;…, ngày … tháng … năm …&quot; was not found on page 1, so the date cannot be written into the document. Give its place (for a scanned page), or issue a document whose text can be read.</source>
        <translation>The line &quot;…, ngày … tháng … năm …&quot; was not found on page 1, so the date cannot be written into the document. Give its place (for a scanned page), or issue a document whose text can be read.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Timestamp</name>
    <message>
        <source>The timestamp authority&apos;s answer is not usable: %1</source>
        <translation>The timestamp authority&apos;s answer is not usable: %1</translation>
    </message>
    <message>
        <source>not a time-stamp response</source>
        <translation>not a time-stamp response</translation>
    </message>
    <message>
        <source>refused (status %1)</source>
        <translation>refused (status %1)</translation>
    </message>
    <message>
        <source>it stamps something else</source>
        <translation>it stamps something else</translation>
    </message>
</context>
<context>
    <name>lt::pki::Module</name>
    <message>
        <source>The token reported an error (%1, 0x%2) while %3.</source>
        <translation>The token reported an error (%1, 0x%2) while %3.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>The certificate cannot be read.</translation>
    </message>
    <message>
        <source>The token driver &quot;%1&quot; does not exist.</source>
        <translation>The token driver &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The token driver &quot;%1&quot; cannot be loaded: %2</source>
        <translation>The token driver &quot;%1&quot; cannot be loaded: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#11 token driver.</source>
        <translation>&quot;%1&quot; is not a PKCS#11 token driver.</translation>
    </message>
    <message>
        <source>The token has no private key for this certificate.</source>
        <translation>The token has no private key for this certificate.</translation>
    </message>
</context>
<context>
    <name>lt::pki::Revocation</name>
    <message>
        <source>The OCSP answer is not usable: %1</source>
        <translation>The OCSP answer is not usable: %1</translation>
    </message>
    <message>
        <source>The certificate or its issuer cannot be read.</source>
        <translation>The certificate or its issuer cannot be read.</translation>
    </message>
    <message>
        <source>not an OCSP response</source>
        <translation>not an OCSP response</translation>
    </message>
    <message>
        <source>the responder refused (%1)</source>
        <translation>the responder refused (%1)</translation>
    </message>
    <message>
        <source>no basic response</source>
        <translation>no basic response</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>its signature does not verify</translation>
    </message>
    <message>
        <source>it is about another certificate</source>
        <translation>it is about another certificate</translation>
    </message>
    <message>
        <source>it is out of date</source>
        <translation>it is out of date</translation>
    </message>
    <message>
        <source>it answers another request</source>
        <translation>it answers another request</translation>
    </message>
    <message>
        <source>The revocation list is not usable: %1</source>
        <translation>The revocation list is not usable: %1</translation>
    </message>
    <message>
        <source>not a revocation list</source>
        <translation>not a revocation list</translation>
    </message>
    <message>
        <source>it is about another issuer</source>
        <translation>it is about another issuer</translation>
    </message>
</context>
<context>
    <name>lt::protocol</name>
    <message>
        <source>The action needs an id, a document and a known action.</source>
        <translation>The action needs an id, a document and a known action.</translation>
    </message>
    <message>
        <source>The words of the action are not text.</source>
        <translation>The words of the action are not text.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>The assignments are not a list.</source>
        <translation>The assignments are not a list.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to an action says neither applied nor rejected.</source>
        <translation>The server&apos;s answer to an action says neither applied nor rejected.</translation>
    </message>
    <message>
        <source>The server sent a page without changes.</source>
        <translation>The server sent a page without changes.</translation>
    </message>
    <message>
        <source>The server sent a removal without a document.</source>
        <translation>The server sent a removal without a document.</translation>
    </message>
    <message>
        <source>The server sent an invalid cursor.</source>
        <translation>The server sent an invalid cursor.</translation>
    </message>
    <message>
        <source>The server named nobody as the person signed in.</source>
        <translation>The server named nobody as the person signed in.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer has no tokens.</source>
        <translation>The server&apos;s sign-in answer has no tokens.</translation>
    </message>
    <message>
        <source>The server sent no list of organisations.</source>
        <translation>The server sent no list of organisations.</translation>
    </message>
    <message>
        <source>The server sent an organisation without a name.</source>
        <translation>The server sent an organisation without a name.</translation>
    </message>
    <message>
        <source>The time of the action is not an ISO 8601 time.</source>
        <translation>The time of the action is not an ISO 8601 time.</translation>
    </message>
    <message>
        <source>&quot;to&quot; must name one person.</source>
        <translation>&quot;to&quot; must name one person.</translation>
    </message>
    <message>
        <source>The new document needs an id.</source>
        <translation>The new document needs an id.</translation>
    </message>
    <message>
        <source>The new document is neither incoming nor outgoing.</source>
        <translation>The new document is neither incoming nor outgoing.</translation>
    </message>
    <message>
        <source>The type of document is not known.</source>
        <translation>The type of document is not known.</translation>
    </message>
    <message>
        <source>The document needs its subject (trích yếu).</source>
        <translation>The document needs its subject (trích yếu).</translation>
    </message>
    <message>
        <source>The urgency or confidentiality is out of range.</source>
        <translation>The urgency or confidentiality is out of range.</translation>
    </message>
    <message>
        <source>A date is not a date (yyyy-MM-dd).</source>
        <translation>A date is not a date (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>A file of the new document is not named properly.</source>
        <translation>A file of the new document is not named properly.</translation>
    </message>
    <message>
        <source>The new document needs exactly one main file.</source>
        <translation>The new document needs exactly one main file.</translation>
    </message>
    <message>
        <source>A field of the new document is not text or too long.</source>
        <translation>A field of the new document is not text or too long.</translation>
    </message>
    <message>
        <source>Too many recipients.</source>
        <translation>Too many recipients.</translation>
    </message>
    <message>
        <source>The number of pages is out of range.</source>
        <translation>The number of pages is out of range.</translation>
    </message>
    <message>
        <source>The server&apos;s answer says neither created nor duplicate.</source>
        <translation>The server&apos;s answer says neither created nor duplicate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a register.</source>
        <translation>&quot;%1&quot; cannot name a register.</translation>
    </message>
</context>
<context>
    <name>lt::recipients</name>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>lt::server::AxisClient</name>
    <message>
        <source>The interconnection axis did not answer in time.</source>
        <translation>The interconnection axis did not answer in time.</translation>
    </message>
    <message>
        <source>The interconnection axis cannot be reached.</source>
        <translation>The interconnection axis cannot be reached.</translation>
    </message>
    <message>
        <source>The interconnection axis refused the request (%1).</source>
        <translation>The interconnection axis refused the request (%1).</translation>
    </message>
    <message>
        <source>The interconnection axis refused the request: %1</source>
        <translation>The interconnection axis refused the request: %1</translation>
    </message>
    <message>
        <source>The interconnection axis does not accept this system&apos;s id or secret.</source>
        <translation>The interconnection axis does not accept this system&apos;s id or secret.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; cannot be read.</source>
        <translation>The package &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The interconnection axis gave the package no id.</source>
        <translation>The interconnection axis gave the package no id.</translation>
    </message>
    <message>
        <source>The interconnection axis sent no package.</source>
        <translation>The interconnection axis sent no package.</translation>
    </message>
    <message>
        <source>The package&apos;s download was interrupted.</source>
        <translation>The package&apos;s download was interrupted.</translation>
    </message>
    <message>
        <source>The package that arrived does not match its SHA-256.</source>
        <translation>The package that arrived does not match its SHA-256.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Cannot write &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::server::Db</name>
    <message>
        <source>The server could not read or write its database.</source>
        <translation>The server could not read or write its database.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>The Qt SQL driver for %1 is not installed.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not set up.</source>
        <translation>The server&apos;s database is not set up.</translation>
    </message>
</context>
<context>
    <name>lt::server::Hub</name>
    <message>
        <source>The axis could not store or read the message.</source>
        <translation>The axis could not store or read the message.</translation>
    </message>
    <message>
        <source>The directory file &quot;%1&quot; cannot be read.</source>
        <translation>The directory file &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>Line %1 of the directory file: %2</source>
        <translation>Line %1 of the directory file: %2</translation>
    </message>
    <message>
        <source>expected code;name;mail;system.</source>
        <translation>expected code;name;mail;system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation code (at most 35 characters, no spaces).</source>
        <translation>&quot;%1&quot; is not an organisation code (at most 35 characters, no spaces).</translation>
    </message>
    <message>
        <source>the agency has no name.</source>
        <translation>the agency has no name.</translation>
    </message>
    <message>
        <source>the code %1 is listed twice.</source>
        <translation>the code %1 is listed twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a system id (at most 35 characters, no spaces).</source>
        <translation>&quot;%1&quot; is not a system id (at most 35 characters, no spaces).</translation>
    </message>
    <message>
        <source>A system&apos;s secret needs at least 16 characters.</source>
        <translation>A system&apos;s secret needs at least 16 characters.</translation>
    </message>
    <message>
        <source>The hub serves plain HTTP on a loopback address only; put a TLS proxy (nginx) in front of it for %1.</source>
        <translation>The hub serves plain HTTP on a loopback address only; put a TLS proxy (nginx) in front of it for %1.</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; cannot be created.</source>
        <translation>The data directory &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Cannot listen on %1:%2.</translation>
    </message>
    <message>
        <source>The system id or its secret is wrong.</source>
        <translation>The system id or its secret is wrong.</translation>
    </message>
    <message>
        <source>The package is larger than %1 MB.</source>
        <translation>The package is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The package is empty.</source>
        <translation>The package is empty.</translation>
    </message>
    <message>
        <source>The message type must be edoc or status.</source>
        <translation>The message type must be edoc or status.</translation>
    </message>
    <message>
        <source>The sender&apos;s code is missing or malformed.</source>
        <translation>The sender&apos;s code is missing or malformed.</translation>
    </message>
    <message>
        <source>The package has no receiver.</source>
        <translation>The package has no receiver.</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 does not match its bytes.</source>
        <translation>The package&apos;s SHA-256 does not match its bytes.</translation>
    </message>
    <message>
        <source>The system %1 cannot send for %2.</source>
        <translation>The system %1 cannot send for %2.</translation>
    </message>
    <message>
        <source>No connected system receives for %1.</source>
        <translation>No connected system receives for %1.</translation>
    </message>
    <message>
        <source>No package %1 for this system.</source>
        <translation>No package %1 for this system.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>Give a docId and a status: done, fail or processing.</source>
        <translation>Give a docId and a status: done, fail or processing.</translation>
    </message>
    <message>
        <source>The delivery is already %1.</source>
        <translation>The delivery is already %1.</translation>
    </message>
    <message>
        <source>No delivery of %1 to this system.</source>
        <translation>No delivery of %1 to this system.</translation>
    </message>
    <message>
        <source>The axis has no such operation.</source>
        <translation>The axis has no such operation.</translation>
    </message>
</context>
<context>
    <name>lt::server::Server</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>&quot;%1&quot; is not HOST:PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot; is not a port number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>Plain HTTP is only served on a loopback address; %1 needs TLS.</source>
        <translation>Plain HTTP is only served on a loopback address; %1 needs TLS.</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; cannot be created.</source>
        <translation>The data directory &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Cannot listen on %1:%2.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>The request is not a JSON object.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Give a login and password, a refresh token or a code.</source>
        <translation>Give a login and password, a refresh token or a code.</translation>
    </message>
    <message>
        <source>cursor and limit must be numbers.</source>
        <translation>cursor and limit must be numbers.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>No such file.</translation>
    </message>
    <message>
        <source>The TLS certificate and key cannot be read.</source>
        <translation>The TLS certificate and key cannot be read.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>The TLS certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be a list of document ids (text), at most 1000.</source>
        <translation>&quot;documents&quot; must be a list of document ids (text), at most 1000.</translation>
    </message>
    <message>
        <source>A version needs the sha256 of a file sent before, and a plain file name.</source>
        <translation>A version needs the sha256 of a file sent before, and a plain file name.</translation>
    </message>
</context>
<context>
    <name>lt::server::Service</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>No such document.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>Too many wrong passwords: the account is locked until %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: the account is locked for %n minute.</numerusform>
            <numerusform>Too many wrong passwords: the account is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>The session has ended.</translation>
    </message>
    <message>
        <source>The session has expired.</source>
        <translation>The session has expired.</translation>
    </message>
    <message>
        <source>The sign-in code is not valid any more; sign in again.</source>
        <translation>The sign-in code is not valid any more; sign in again.</translation>
    </message>
    <message>
        <source>This action id was already used by someone else.</source>
        <translation>This action id was already used by someone else.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; does not exist.</source>
        <translation>The unit &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>Only the signer or the clerk may send a signed version.</source>
        <translation>Only the signer or the clerk may send a signed version.</translation>
    </message>
    <message>
        <source>The document has no main file.</source>
        <translation>The document has no main file.</translation>
    </message>
    <message>
        <source>The file is not an incremental update of the current version: signed content may not be rewritten.</source>
        <translation>The file is not an incremental update of the current version: signed content may not be rewritten.</translation>
    </message>
    <message>
        <source>The server could not store the file.</source>
        <translation>The server could not store the file.</translation>
    </message>
    <message>
        <source>The current version of the file is missing on the server.</source>
        <translation>The current version of the file is missing on the server.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>No such organisation.</translation>
    </message>
    <message>
        <source>The organisation tree has a loop.</source>
        <translation>The organisation tree has a loop.</translation>
    </message>
    <message>
        <source>There is nobody called &quot;%1&quot; in this agency.</source>
        <translation>There is nobody called &quot;%1&quot; in this agency.</translation>
    </message>
    <message>
        <source>The file is not a PDF: drafts and scans are sent as PDF files.</source>
        <translation>The file is not a PDF: drafts and scans are sent as PDF files.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not been sent.</source>
        <translation>The file &quot;%1&quot; has not been sent.</translation>
    </message>
    <message>
        <source>Drafts are made by specialists and heads of units.</source>
        <translation>Drafts are made by specialists and heads of units.</translation>
    </message>
    <message>
        <source>%1 is not a leader who signs documents.</source>
        <translation>%1 is not a leader who signs documents.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not known.</source>
        <translation>The recipient &quot;%1&quot; is not known.</translation>
    </message>
    <message>
        <source>A paper copy needs the name of its recipient.</source>
        <translation>A paper copy needs the name of its recipient.</translation>
    </message>
    <message>
        <source>Only the clerk registers incoming documents.</source>
        <translation>Only the clerk registers incoming documents.</translation>
    </message>
    <message>
        <source>The date of the document is missing.</source>
        <translation>The date of the document is missing.</translation>
    </message>
    <message>
        <source>Name the agency that issued the document.</source>
        <translation>Name the agency that issued the document.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation code.</source>
        <translation>&quot;%1&quot; is not an organisation code.</translation>
    </message>
    <message>
        <source>Only the drafter gives a new version, while the document is a draft or returned.</source>
        <translation>Only the drafter gives a new version, while the document is a draft or returned.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 of %2 received</translation>
    </message>
    <message>
        <source>The registers are kept by the clerk; leaders may read them.</source>
        <translation>The registers are kept by the clerk; leaders may read them.</translation>
    </message>
    <message>
        <source>A register is &quot;in&quot;, &quot;out&quot; or &quot;post&quot;.</source>
        <translation>A register is &quot;in&quot;, &quot;out&quot; or &quot;post&quot;.</translation>
    </message>
    <message>
        <source>The year is out of range.</source>
        <translation>The year is out of range.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot take this document: choose a leader (for a review, a head of unit) of this agency.</source>
        <translation>&quot;%1&quot; cannot take this document: choose a leader (for a review, a head of unit) of this agency.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of that unit.</source>
        <translation>&quot;%1&quot; is not a member of that unit.</translation>
    </message>
    <message>
        <source>A signature in the file does not match its content: the signed version was not taken.</source>
        <translation>A signature in the file does not match its content: the signed version was not taken.</translation>
    </message>
    <message>
        <source>Number voided on %1 by %2: %3</source>
        <translation>Number voided on %1 by %2: %3</translation>
    </message>
</context>
<context>
    <name>lt::signing::Signer</name>
    <message>
        <source>The certificate is not valid yet (from %1).</source>
        <translation>The certificate is not valid yet (from %1).</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The certificate expires on %1: ask your CA to renew it.</source>
        <translation>The certificate expires on %1: ask your CA to renew it.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage does not allow signing documents.</source>
        <translation>The certificate&apos;s key usage does not allow signing documents.</translation>
    </message>
    <message>
        <source>No trust anchor is configured: whether the certificate chains to a recognised CA was not checked.</source>
        <translation>No trust anchor is configured: whether the certificate chains to a recognised CA was not checked.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>The certificate could not be checked.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a trusted CA (%1).</source>
        <translation>The certificate does not chain to a trusted CA (%1).</translation>
    </message>
    <message>
        <source>No certificate could be read from &quot;%1&quot;.</source>
        <translation>No certificate could be read from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>RSA-PSS needs an RSA key; this certificate&apos;s key is not one.</source>
        <translation>RSA-PSS needs an RSA key; this certificate&apos;s key is not one.</translation>
    </message>
    <message>
        <source>Level B-T needs a timestamp authority.</source>
        <translation>Level B-T needs a timestamp authority.</translation>
    </message>
    <message>
        <source>The issuer of the certificate is not known: add the CA&apos;s certificates (--chain, or the settings).</source>
        <translation>The issuer of the certificate is not known: add the CA&apos;s certificates (--chain, or the settings).</translation>
    </message>
    <message>
        <source>The OCSP responder %1 did not answer (%2).</source>
        <translation>The OCSP responder %1 did not answer (%2).</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1: it must not sign.</source>
        <translation>The certificate was revoked on %1: it must not sign.</translation>
    </message>
    <message>
        <source>The OCSP responder does not know the certificate.</source>
        <translation>The OCSP responder does not know the certificate.</translation>
    </message>
    <message>
        <source>Extend to B-T or B-LT; B-B is where a signature starts.</source>
        <translation>Extend to B-T or B-LT; B-B is where a signature starts.</translation>
    </message>
    <message>
        <source>The PDF holds no signature to extend.</source>
        <translation>The PDF holds no signature to extend.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer (%2).</source>
        <translation>The timestamp authority %1 did not answer (%2).</translation>
    </message>
    <message>
        <source>The certificate names no OCSP responder or revocation list; give one (--ocsp URL or --crl URL).</source>
        <translation>The certificate names no OCSP responder or revocation list; give one (--ocsp URL or --crl URL).</translation>
    </message>
    <message>
        <source>The revocation list %1 could not be fetched (%2).</source>
        <translation>The revocation list %1 could not be fetched (%2).</translation>
    </message>
    <message>
        <source>The signature was cancelled.</source>
        <translation>The signature was cancelled.</translation>
    </message>
    <message>
        <source>No PIN was given; the token was not asked (no try used).</source>
        <translation>No PIN was given; the token was not asked (no try used).</translation>
    </message>
    <message>
        <source>One PIN try is left on this token: a wrong PIN locks it. Confirm that you want to use it (in the command line: --final-pin-try).</source>
        <translation>One PIN try is left on this token: a wrong PIN locks it. Confirm that you want to use it (in the command line: --final-pin-try).</translation>
    </message>
</context>
<context>
    <name>lt::signing::TokenService</name>
    <message>
        <source>The signature was cancelled before the token was asked.</source>
        <translation>The signature was cancelled before the token was asked.</translation>
    </message>
</context>
<context>
    <name>lt::store::Database</name>
    <message>
        <source>The local database reported an error: %1</source>
        <translation>The local database reported an error: %1</translation>
    </message>
    <message>
        <source>The disk is full: the local database cannot be written.</source>
        <translation>The disk is full: the local database cannot be written.</translation>
    </message>
    <message>
        <source>The local database &quot;%1&quot; cannot be opened: %2</source>
        <translation>The local database &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <source>the check could not run</source>
        <translation>the check could not run</translation>
    </message>
    <message>
        <source>The local database &quot;%1&quot; is damaged (%2). It was left untouched; remove it to download your documents again.</source>
        <translation>The local database &quot;%1&quot; is damaged (%2). It was left untouched; remove it to download your documents again.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of LienThong (schema %1, this version knows %2).</source>
        <translation>The local database was written by a newer version of LienThong (schema %1, this version knows %2).</translation>
    </message>
</context>
<context>
    <name>lt::sync::BlobStore</name>
    <message>
        <source>The downloaded file is missing.</source>
        <translation>The downloaded file is missing.</translation>
    </message>
    <message>
        <source>The downloaded file cannot be read.</source>
        <translation>The downloaded file cannot be read.</translation>
    </message>
    <message>
        <source>A downloaded file did not match its checksum and was discarded; it will be downloaded again.</source>
        <translation>A downloaded file did not match its checksum and was discarded; it will be downloaded again.</translation>
    </message>
    <message>
        <source>Cannot store the file &quot;%1&quot;.</source>
        <translation>Cannot store the file &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Cannot write the file.</translation>
    </message>
</context>
<context>
    <name>lt::sync::Client</name>
    <message>
        <source>This profile belongs to %1 on %2; use another profile (--profile) for another account.</source>
        <translation>This profile belongs to %1 on %2; use another profile (--profile) for another account.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>The session is not remembered on this computer: sign in again.</source>
        <translation>The session is not remembered on this computer: sign in again.</translation>
    </message>
    <message>
        <source>No certificate could be read from &quot;%1&quot;.</source>
        <translation>No certificate could be read from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A synchronisation is already running.</source>
        <translation>A synchronisation is already running.</translation>
    </message>
</context>
<context>
    <name>lt::sync::Profile</name>
    <message>
        <source>The profile folder &quot;%1&quot; cannot be created.</source>
        <translation>The profile folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>The profile settings cannot be saved.</source>
        <translation>The profile settings cannot be saved.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to.</source>
        <translation>The folder &quot;%1&quot; cannot be written to.</translation>
    </message>
    <message>
        <source>The files kept offline cannot be copied to &quot;%1&quot;.</source>
        <translation>The files kept offline cannot be copied to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document is not on this computer.</source>
        <translation>The document is not on this computer.</translation>
    </message>
    <message>
        <source>The document has no main file.</source>
        <translation>The document has no main file.</translation>
    </message>
    <message>
        <source>The document&apos;s file is not on this computer: keep it offline first.</source>
        <translation>The document&apos;s file is not on this computer: keep it offline first.</translation>
    </message>
    <message>
        <source>The signed file is not an incremental update of the document&apos;s current file.</source>
        <translation>The signed file is not an incremental update of the document&apos;s current file.</translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation>Agreed.</translation>
    </message>
    <message>
        <source>Lead, with the units concerned: study, advise and report.</source>
        <translation>Lead, with the units concerned: study, advise and report.</translation>
    </message>
    <message>
        <source>Study and propose.</source>
        <translation>Study and propose.</translation>
    </message>
    <message>
        <source>Do it urgently and report before the deadline.</source>
        <translation>Do it urgently and report before the deadline.</translation>
    </message>
    <message>
        <source>For information and follow-up.</source>
        <translation>For information and follow-up.</translation>
    </message>
    <message>
        <source>Please revise the draft as commented.</source>
        <translation>Please revise the draft as commented.</translation>
    </message>
    <message>
        <source>File it.</source>
        <translation>File it.</translation>
    </message>
</context>
<context>
    <name>lt::sync::SyncEngine</name>
    <message>
        <source>A synchronisation is already running.</source>
        <translation>A synchronisation is already running.</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;…</source>
        <translation>Sending &quot;%1&quot;…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) received</source>
        <translation>
            <numerusform>%n document received</numerusform>
            <numerusform>%n documents received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept offline</source>
        <translation>
            <numerusform>%n file kept offline</numerusform>
            <numerusform>%n files kept offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offline storage limit of %1 is reached: %n file(s) were not downloaded.</source>
        <translation>
            <numerusform>The offline storage limit of %1 is reached: %n file were not downloaded.</numerusform>
            <numerusform>The offline storage limit of %1 is reached: %n files were not downloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed file is no longer on this computer.</source>
        <translation>The signed file is no longer on this computer.</translation>
    </message>
    <message>
        <source>Sending the signed file…</source>
        <translation>Sending the signed file…</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled.</source>
        <translation>The synchronisation was cancelled.</translation>
    </message>
    <message>
        <source>%1 refused for %2: %3</source>
        <translation>%1 refused for %2: %3</translation>
    </message>
</context>
<context>
    <name>lt::ui::ActionDialog</name>
    <message>
        <source>Direction (bút phê), e.g. Giao Sở Tài chính chủ trì…</source>
        <translation>Direction (bút phê), e.g. Giao Sở Tài chính chủ trì…</translation>
    </message>
    <message>
        <source>Your words (optional)</source>
        <translation>Your words (optional)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>The list of units arrives with the next synchronisation.</source>
        <translation>The list of units arrives with the next synchronisation.</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>Co-operating units</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Find a unit (with or without accents)</source>
        <translation>Find a unit (with or without accents)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Put before</source>
        <translation>Put before</translation>
    </message>
    <message>
        <source>The agency&apos;s leader (default)</source>
        <translation>The agency&apos;s leader (default)</translation>
    </message>
    <message>
        <source>The heads of my unit (default)</source>
        <translation>The heads of my unit (default)</translation>
    </message>
    <message>
        <source>What to do, e.g. Đề nghị đồng chí nghiên cứu, tham mưu văn bản trả lời…</source>
        <translation>What to do, e.g. Đề nghị đồng chí nghiên cứu, tham mưu văn bản trả lời…</translation>
    </message>
    <message>
        <source>Handles it</source>
        <translation>Handles it</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Helping</translation>
    </message>
    <message>
        <source>(nobody: only helpers)</source>
        <translation>(nobody: only helpers)</translation>
    </message>
    <message>
        <source>Why the number is voided (required: it goes into the register)</source>
        <translation>Why the number is voided (required: it goes into the register)</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>Ready-made</translation>
    </message>
    <message>
        <source>(choose a ready-made phrase)</source>
        <translation>(choose a ready-made phrase)</translation>
    </message>
</context>
<context>
    <name>lt::ui::DeskMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>&amp;Previous document</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>&amp;Keep offline</translation>
    </message>
    <message>
        <source>&amp;Open externally</source>
        <translation>&amp;Open externally</translation>
    </message>
    <message>
        <source>&amp;Save the file as…</source>
        <translation>&amp;Save the file as…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LienThong</source>
        <translation>&amp;About LienThong</translation>
    </message>
    <message>
        <source>About LienThong</source>
        <translation>About LienThong</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LienThong %1&lt;/h3&gt;&lt;p&gt;Desktop client for the document management and operations system of Vietnamese public administration.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LienThong %1&lt;/h3&gt;&lt;p&gt;Desktop client for the document management and operations system of Vietnamese public administration.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of LienThong.</source>
        <translation>The new language is used from the next start of LienThong.</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <source>&amp;Register an incoming document…</source>
        <translation>&amp;Register an incoming document…</translation>
    </message>
    <message>
        <source>Re&amp;gisters…</source>
        <translation>Re&amp;gisters…</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Mark &amp;unread</translation>
    </message>
</context>
<context>
    <name>lt::ui::DeskToolbar</name>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Search number, subject, issuer (with or without accents)</source>
        <translation>Search number, subject, issuer (with or without accents)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Urgent only</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Unread only</translation>
    </message>
    <message>
        <source>Show only some documents of the box</source>
        <translation>Show only some documents of the box</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
</context>
<context>
    <name>lt::ui::DeskView</name>
    <message>
        <source>Downloading the file from the server…</source>
        <translation>Downloading the file from the server…</translation>
    </message>
</context>
<context>
    <name>lt::ui::DocumentList</name>
    <message numerus="yes">
        <source>Keep %n document(s) offline</source>
        <translation>
            <numerusform>Keep %n document offline</numerusform>
            <numerusform>Keep %n documents offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Mark unread</translation>
    </message>
</context>
<context>
    <name>lt::ui::DocumentListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>lt::ui::DocumentPanel</name>
    <message>
        <source>Choose a document in the list.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Incoming number</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation>Refused by the server:</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Keep offline</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Open externally</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Preparing the document for display…</source>
        <translation>Preparing the document for display…</translation>
    </message>
    <message>
        <source>This file cannot be shown here. &quot;Open externally&quot; opens it in another program.</source>
        <translation>This file cannot be shown here. &quot;Open externally&quot; opens it in another program.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet: &quot;Open externally&quot; or &quot;Keep offline&quot; downloads it.</source>
        <translation>The file is not on this computer yet: &quot;Open externally&quot; or &quot;Keep offline&quot; downloads it.</translation>
    </message>
    <message>
        <source>No file.</source>
        <translation>No file.</translation>
    </message>
    <message>
        <source>%1 (appendix)</source>
        <translation>%1 (appendix)</translation>
    </message>
    <message>
        <source>Try again with these words</source>
        <translation>Try again with these words</translation>
    </message>
    <message>
        <source>the signature completed with its timestamp</source>
        <translation>the signature completed with its timestamp</translation>
    </message>
    <message>
        <source>%1, with the signed file</source>
        <translation>%1, with the signed file</translation>
    </message>
    <message>
        <source>%1 → %2 once sent</source>
        <translation>%1 → %2 once sent</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>(sent %1)</source>
        <translation>(sent %1)</translation>
    </message>
    <message>
        <source>Drafting unit</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <source>To be issued by</source>
        <translation>To be issued by</translation>
    </message>
    <message>
        <source>To be signed by</source>
        <translation>To be signed by</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Co-operating: %1</source>
        <translation>Co-operating: %1</translation>
    </message>
    <message>
        <source>For information: %1</source>
        <translation>For information: %1</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation>Versions of the draft</translation>
    </message>
    <message>
        <source>Version %1: %2 (%3), %4, %5</source>
        <translation>Version %1: %2 (%3), %4, %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>another agency, through the exchange</source>
        <translation>another agency, through the exchange</translation>
    </message>
    <message>
        <source>paper copy</source>
        <translation>paper copy</translation>
    </message>
    <message>
        <source>waiting for the exchange</source>
        <translation>waiting for the exchange</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>Co-operating units</translation>
    </message>
</context>
<context>
    <name>lt::ui::EmptyState</name>
    <message>
        <source>No documents yet</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>Documents addressed to you, drafts to review and documents to sign will appear here once LienThong is connected to your agency&apos;s document management system. Documents kept offline stay available without a network.</source>
        <translation>Documents addressed to you, drafts to review and documents to sign will appear here once LienThong is connected to your agency&apos;s document management system. Documents kept offline stay available without a network.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
</context>
<context>
    <name>lt::ui::LoginDialog</name>
    <message>
        <source>Sign in — LienThong</source>
        <translation>Sign in — LienThong</translation>
    </message>
    <message>
        <source>Sign in to your agency&apos;s document management system.</source>
        <translation>Sign in to your agency&apos;s document management system.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in through the web page…</source>
        <translation>Sign in through the web page…</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, e.g. https://vanban.example.gov.vn.</source>
        <translation>Give the server&apos;s address, e.g. https://vanban.example.gov.vn.</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>Give your user name and password.</translation>
    </message>
    <message>
        <source>Sign in through the web page</source>
        <translation>Sign in through the web page</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Web sign-in is not installed (Qt WebEngine is missing). Sign in with your user name and password.</source>
        <translation>Web sign-in is not installed (Qt WebEngine is missing). Sign in with your user name and password.</translation>
    </message>
</context>
<context>
    <name>lt::ui::MainWindow</name>
    <message>
        <source>LienThong — Documents and operations</source>
        <translation>LienThong — Documents and operations</translation>
    </message>
    <message>
        <source>LienThong</source>
        <translation>LienThong</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signed without a network: the timestamp and revocation data are added when the network is back.</source>
        <translation>Signed without a network: the timestamp and revocation data are added when the network is back.</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Keep offline</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message numerus="yes">
        <source>%n documents chosen: open one to act on it; the list&apos;s menu keeps them all offline.</source>
        <translation>
            <numerusform>%n document chosen: open one to act on it; the list&apos;s menu keeps them all offline.</numerusform>
            <numerusform>%n documents chosen: open one to act on it; the list&apos;s menu keeps them all offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the documents is classified (Mật, Tối mật or Tuyệt mật). Its files will be stored on this computer, readable by anyone who can open your account. Keep them offline?</source>
        <translation>
            <numerusform>%n of the documents is classified (Mật, Tối mật or Tuyệt mật). Its files will be stored on this computer, readable by anyone who can open your account. Keep them offline?</numerusform>
            <numerusform>%n of the documents are classified (Mật, Tối mật or Tuyệt mật). Their files will be stored on this computer, readable by anyone who can open your account. Keep them offline?</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens PDF files. The document is shown in the &quot;Document&quot; tab; &quot;Save as…&quot; copies it where another program can open it.</source>
        <translation>No program on this computer opens PDF files. The document is shown in the &quot;Document&quot; tab; &quot;Save as…&quot; copies it where another program can open it.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Registered with arrival number %1.</source>
        <translation>Registered with arrival number %1.</translation>
    </message>
    <message>
        <source>The draft is made: %1.</source>
        <translation>The draft is made: %1.</translation>
    </message>
    <message>
        <source>%1 of %2, arrival number %3 (%4)</source>
        <translation>%1 of %2, arrival number %3 (%4)</translation>
    </message>
    <message>
        <source>Registered already?</source>
        <translation>Registered already?</translation>
    </message>
    <message>
        <source>A document with the same issuer, number and date is in the register:
%1

Register this one as well?</source>
        <translation>A document with the same issuer, number and date is in the register:
%1

Register this one as well?</translation>
    </message>
    <message>
        <source>Submit the same text again?</source>
        <translation>Submit the same text again?</translation>
    </message>
    <message>
        <source>The draft was returned and has no new version since. Submit the same text again?</source>
        <translation>The draft was returned and has no new version since. Submit the same text again?</translation>
    </message>
    <message>
        <source>This document is not on this computer yet: it comes with the next synchronisation.</source>
        <translation>This document is not on this computer yet: it comes with the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>lt::ui::Navigation</name>
    <message>
        <source>To handle</source>
        <translation>To handle</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing drafts</source>
        <translation>Outgoing drafts</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Keep this box offline</source>
        <translation>Keep this box offline</translation>
    </message>
</context>
<context>
    <name>lt::ui::NewDocumentDialog</name>
    <message>
        <source>New draft — LienThong</source>
        <translation>New draft — LienThong</translation>
    </message>
    <message>
        <source>Register an incoming document — LienThong</source>
        <translation>Register an incoming document — LienThong</translation>
    </message>
    <message>
        <source>Về việc …</source>
        <translation>Về việc …</translation>
    </message>
    <message>
        <source>e.g. 000.00.09.H99 (if known)</source>
        <translation>e.g. 000.00.09.H99 (if known)</translation>
    </message>
    <message>
        <source>e.g. 12/KH-SYT</source>
        <translation>e.g. 12/KH-SYT</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Organisation code:</source>
        <translation>Organisation code:</translation>
    </message>
    <message>
        <source>Number and notation:</source>
        <translation>Number and notation:</translation>
    </message>
    <message>
        <source>Date of the document:</source>
        <translation>Date of the document:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Subject (trích yếu):</source>
        <translation>Subject (trích yếu):</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>The draft as a PDF</source>
        <translation>The draft as a PDF</translation>
    </message>
    <message>
        <source>The scan as a PDF</source>
        <translation>The scan as a PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Main file:</source>
        <translation>Main file:</translation>
    </message>
    <message>
        <source>Add an appendix…</source>
        <translation>Add an appendix…</translation>
    </message>
    <message>
        <source>Appendices:</source>
        <translation>Appendices:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>The leader&apos;s user name, e.g. leader</source>
        <translation>The leader&apos;s user name, e.g. leader</translation>
    </message>
    <message>
        <source>To be signed by:</source>
        <translation>To be signed by:</translation>
    </message>
    <message>
        <source>or an organisation code, a user name, &quot;paper:&quot; and an address</source>
        <translation>or an organisation code, a user name, &quot;paper:&quot; and an address</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận):</source>
        <translation>Recipients (Nơi nhận):</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Create the draft</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>The main file</source>
        <translation>The main file</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <source>%1 (paper copy)</source>
        <translation>%1 (paper copy)</translation>
    </message>
    <message>
        <source>%1 (another agency)</source>
        <translation>%1 (another agency)</translation>
    </message>
    <message>
        <source>%1 (a person)</source>
        <translation>%1 (a person)</translation>
    </message>
    <message>
        <source>Write who issued the document.</source>
        <translation>Write who issued the document.</translation>
    </message>
    <message>
        <source>The organisation code is not a national code (such as 000.00.09.H99).</source>
        <translation>The organisation code is not a national code (such as 000.00.09.H99).</translation>
    </message>
    <message>
        <source>Write the subject (trích yếu).</source>
        <translation>Write the subject (trích yếu).</translation>
    </message>
    <message>
        <source>Choose the main file.</source>
        <translation>Choose the main file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file. Save it as PDF first (in Word or LibreOffice: File › Save as PDF).</source>
        <translation>&quot;%1&quot; is not a PDF file. Save it as PDF first (in Word or LibreOffice: File › Save as PDF).</translation>
    </message>
    <message>
        <source>PDF and word-processor documents (*.pdf *.docx *.doc *.odt *.rtf)</source>
        <translation>PDF and word-processor documents (*.pdf *.docx *.doc *.odt *.rtf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs LibreOffice to become a PDF, and it is not installed here. Install LibreOffice, or save the file as PDF (File › Save as PDF) and choose the PDF.</source>
        <translation>&quot;%1&quot; needs LibreOffice to become a PDF, and it is not installed here. Install LibreOffice, or save the file as PDF (File › Save as PDF) and choose the PDF.</translation>
    </message>
    <message>
        <source>The agency&apos;s register (or a council&apos;s own)</source>
        <translation>The agency&apos;s register (or a council&apos;s own)</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
</context>
<context>
    <name>lt::ui::PdfViewer</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Find in the document</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>lt::ui::RegisterWindow</name>
    <message>
        <source>Open the document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <source>Find by number, notation, author, subject (with or without accents)</source>
        <translation>Find by number, notation, author, subject (with or without accents)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The register has no entry this year.</source>
        <translation>The register has no entry this year.</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>No entry matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF for printing (*.pdf);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;PDF for printing (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Exporting… %1 of %2 rows</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency&apos;s</source>
        <translation>The agency&apos;s</translation>
    </message>
    <message>
        <source>Secret documents</source>
        <translation>Secret documents</translation>
    </message>
    <message>
        <source>%1 — secret documents</source>
        <translation>%1 — secret documents</translation>
    </message>
</context>
<context>
    <name>lt::ui::SettingsDialog</name>
    <message>
        <source>Settings — LienThong</source>
        <translation>Settings — LienThong</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>(not signed in)</translation>
    </message>
    <message>
        <source>Sign in to another server…</source>
        <translation>Sign in to another server…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Add a driver…</source>
        <translation>Add a driver…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Token drivers (*.dll)</source>
        <translation>Token drivers (*.dll)</translation>
    </message>
    <message>
        <source>Token drivers (*.so *.dylib)</source>
        <translation>Token drivers (*.so *.dylib)</translation>
    </message>
    <message>
        <source>Token driver</source>
        <translation>Token driver</translation>
    </message>
    <message>
        <source>Files kept offline</source>
        <translation>Files kept offline</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>The new language is used from the next start of LienThong.</source>
        <translation>The new language is used from the next start of LienThong.</translation>
    </message>
    <message>
        <source>Trusted CA certificates (PEM): signing certificates are checked against them, and intermediate ones go with each signature.</source>
        <translation>Trusted CA certificates (PEM): signing certificates are checked against them, and intermediate ones go with each signature.</translation>
    </message>
    <message>
        <source>Add a certificate…</source>
        <translation>Add a certificate…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Timestamp authority</translation>
    </message>
    <message>
        <source>(the one the certificate names)</source>
        <translation>(the one the certificate names)</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>OCSP responder</translation>
    </message>
    <message>
        <source>A synchronisation is running: the folder can be moved when it has ended.</source>
        <translation>A synchronisation is running: the folder can be moved when it has ended.</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Token drivers</source>
        <translation>Token drivers</translation>
    </message>
    <message>
        <source>The signature alone (works without a network)</source>
        <translation>The signature alone (works without a network)</translation>
    </message>
    <message>
        <source>With the time certified by a timestamp service</source>
        <translation>With the time certified by a timestamp service</translation>
    </message>
    <message>
        <source>With the certified time and the certificate&apos;s check, for keeping (recommended)</source>
        <translation>With the certified time and the certificate&apos;s check, for keeping (recommended)</translation>
    </message>
    <message>
        <source>Signatures made</source>
        <translation>Signatures made</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Advanced ▸</translation>
    </message>
    <message>
        <source>Token drivers (PKCS#11 modules) added by hand, besides those found:</source>
        <translation>Token drivers (PKCS#11 modules) added by hand, besides those found:</translation>
    </message>
    <message>
        <source>The levels are PAdES B-B, B-T and B-LT (ETSI EN 319 142).</source>
        <translation>The levels are PAdES B-B, B-T and B-LT (ETSI EN 319 142).</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Advanced ▾</translation>
    </message>
    <message>
        <source>None found: plug in your token and install the driver that came with it (or add it under &quot;Advanced&quot;).</source>
        <translation>None found: plug in your token and install the driver that came with it (or add it under &quot;Advanced&quot;).</translation>
    </message>
    <message>
        <source>Offered when you give a direction or a comment; one a line.</source>
        <translation>Offered when you give a direction or a comment; one a line.</translation>
    </message>
    <message>
        <source>Ready-made phrases</source>
        <translation>Ready-made phrases</translation>
    </message>
</context>
<context>
    <name>lt::ui::SignDialog</name>
    <message>
        <source>Sign — LienThong</source>
        <translation>Sign — LienThong</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Leader&apos;s signature (name, title, image)</source>
        <translation>Leader&apos;s signature (name, title, image)</translation>
    </message>
    <message>
        <source>Agency&apos;s signature (top right of page 1)</source>
        <translation>Agency&apos;s signature (top right of page 1)</translation>
    </message>
    <message>
        <source>Attachment (number and time)</source>
        <translation>Attachment (number and time)</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch, Giám đốc</source>
        <translation>e.g. Chủ tịch, Giám đốc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Drag the stamp on the page to move it.</source>
        <translation>Drag the stamp on the page to move it.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN</source>
        <translation>The token&apos;s PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>I know that one more wrong PIN locks the token.</source>
        <translation>I know that one more wrong PIN locks the token.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>%1 — token &quot;%2&quot;</source>
        <translation>%1 — token &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No token with a signing certificate is plugged in. Plug in your token; it shows here at once.</source>
        <translation>No token with a signing certificate is plugged in. Plug in your token; it shows here at once.</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Looking for tokens…</translation>
    </message>
    <message>
        <source>Issued by %1, valid until %2.</source>
        <translation>Issued by %1, valid until %2.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</translation>
    </message>
    <message>
        <source>Only one PIN try is left: a wrong PIN locks the token.</source>
        <translation>Only one PIN try is left: a wrong PIN locks the token.</translation>
    </message>
    <message>
        <source>A wrong PIN was entered on this token recently.</source>
        <translation>A wrong PIN was entered on this token recently.</translation>
    </message>
    <message>
        <source>Signing… keep the token plugged in.</source>
        <translation>Signing… keep the token plugged in.</translation>
    </message>
    <message>
        <source>B-B: the signature</source>
        <translation>B-B: the signature</translation>
    </message>
    <message>
        <source>B-T: with a timestamp</source>
        <translation>B-T: with a timestamp</translation>
    </message>
    <message>
        <source>B-LT: with a timestamp and revocation data</source>
        <translation>B-LT: with a timestamp and revocation data</translation>
    </message>
    <message>
        <source>Without a network the signature is made at B-B and completed when the network is back.</source>
        <translation>Without a network the signature is made at B-B and completed when the network is back.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>Images (*.png)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Cancelling… (a signature already on the token completes)</source>
        <translation>Cancelling… (a signature already on the token completes)</translation>
    </message>
    <message>
        <source>Sign %1 — LienThong</source>
        <translation>Sign %1 — LienThong</translation>
    </message>
</context>
<context>
    <name>lt::ui::StatusLine</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The last synchronisation reported:</source>
        <translation>The last synchronisation reported:</translation>
    </message>
    <message>
        <source>Files %v/%m</source>
        <translation>Files %v/%m</translation>
    </message>
    <message>
        <source>Offline · not signed in</source>
        <translation>Offline · not signed in</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <source>Last synchronised %1</source>
        <translation>Last synchronised %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline files: %1 of %2</source>
        <translation>Offline files: %1 of %2</translation>
    </message>
    <message>
        <source>Offline files: %1</source>
        <translation>Offline files: %1</translation>
    </message>
</context>
<context>
    <name>lt::ui::UrgentNotice</name>
    <message>
        <source>%1 document to handle</source>
        <translation>%1 document to handle</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent document(s) to handle</source>
        <translation>
            <numerusform>%n urgent document to handle</numerusform>
            <numerusform>%n urgent documents to handle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lt::verify</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; cannot be read.</translation>
    </message>
</context>
<context>
    <name>lt::workflow</name>
    <message>
        <source>&quot;%1&quot; is not possible for a document that is &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not possible for a document that is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A person acting as &quot;%1&quot; cannot &quot;%2&quot; a document that is &quot;%3&quot;.</source>
        <translation>A person acting as &quot;%1&quot; cannot &quot;%2&quot; a document that is &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::workflow::decide</name>
    <message>
        <source>Only a direction assigns units.</source>
        <translation>Only a direction assigns units.</translation>
    </message>
    <message>
        <source>A direction needs words or at least one unit.</source>
        <translation>A direction needs words or at least one unit.</translation>
    </message>
    <message>
        <source>An assignment names no unit.</source>
        <translation>An assignment names no unit.</translation>
    </message>
    <message>
        <source>A unit is named twice in the direction.</source>
        <translation>A unit is named twice in the direction.</translation>
    </message>
    <message>
        <source>Choose exactly one lead unit.</source>
        <translation>Choose exactly one lead unit.</translation>
    </message>
    <message>
        <source>You have no role in the workflow.</source>
        <translation>You have no role in the workflow.</translation>
    </message>
    <message>
        <source>You received this document for information only.</source>
        <translation>You received this document for information only.</translation>
    </message>
    <message>
        <source>This document is not in your hands for &quot;%1&quot;.</source>
        <translation>This document is not in your hands for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a submission names a person.</source>
        <translation>Only a submission names a person.</translation>
    </message>
    <message>
        <source>Name the recipients (Nơi nhận) before dispatching.</source>
        <translation>Name the recipients (Nơi nhận) before dispatching.</translation>
    </message>
    <message>
        <source>Choose the specialists to pass the work on to.</source>
        <translation>Choose the specialists to pass the work on to.</translation>
    </message>
    <message>
        <source>Passing on names people, not units.</source>
        <translation>Passing on names people, not units.</translation>
    </message>
    <message>
        <source>A head passes on only their own unit&apos;s part.</source>
        <translation>A head passes on only their own unit&apos;s part.</translation>
    </message>
    <message>
        <source>A person is named twice.</source>
        <translation>A person is named twice.</translation>
    </message>
    <message>
        <source>A specialist&apos;s deadline cannot be later than the document&apos;s (%1).</source>
        <translation>A specialist&apos;s deadline cannot be later than the document&apos;s (%1).</translation>
    </message>
    <message>
        <source>Only one specialist leads the unit&apos;s part.</source>
        <translation>Only one specialist leads the unit&apos;s part.</translation>
    </message>
    <message>
        <source>This document has no number to void.</source>
        <translation>This document has no number to void.</translation>
    </message>
    <message>
        <source>Say why the number is voided.</source>
        <translation>Say why the number is voided.</translation>
    </message>
    <message>
        <source>The number was voided already.</source>
        <translation>The number was voided already.</translation>
    </message>
    <message>
        <source>Someone already leads the unit&apos;s part: pass it on to helpers, or ask the leader to reassign it.</source>
        <translation>Someone already leads the unit&apos;s part: pass it on to helpers, or ask the leader to reassign it.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LienThong desktop client for official documents.</source>
        <translation>LienThong desktop client for official documents.</translation>
    </message>
    <message>
        <source>User interface language: vi or en.</source>
        <translation>User interface language: vi or en.</translation>
    </message>
    <message>
        <source>Profile folder (the same as lienthong-cli --profile).</source>
        <translation>Profile folder (the same as lienthong-cli --profile).</translation>
    </message>
</context>
</TS>
