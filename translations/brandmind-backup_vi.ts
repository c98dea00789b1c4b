<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppServices</name>
    <message>
        <source>%1 for the profile &quot;%2&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up from profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load graphs from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where backup sets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent snapshot (copies each graph on the server first; needs memory for a second copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a single-file package to carry to another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector collections are backed up through milvus-backup; this part of the backup is not available in this version yet. Graphs are backed up in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-file packages are not available in this version yet: carry the set folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backup sets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection profile first (Profiles tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph selected: every graph on the server will be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List graphs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination folder and a set name (without &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another set name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set written to %1: %2 graph(s), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was canceled; its unfinished set folder was removed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not complete; no set was left behind.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSetScanner</name>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete (no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The profile names no server: enter at least the FalkorDB URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <source>Compare two sets (or a set and a live profile) to see counts per label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPage</name>
    <message>
        <source>Left (older):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right (newer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one backup set: two live profiles are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Identical&lt;/b&gt;: same counts and fingerprints.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Different&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[:%1] edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup sets in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 from %2 (FalkorDB %3, Redis %4), %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  graph %1: %2 nodes, %3 edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  collection %1.%2: %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with checksums.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup never finished (there is no manifest.json). Do not rely on it; delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The set is whole: every file matches its checksum and every graph its counts and fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The set is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  graph %1: %2 nodes, %3 edges%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup set %1 and all its files? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Stopping: waiting for the job to reach a safe point and roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>No job running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Failed:&lt;/b&gt; %1&lt;/span&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILED: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Nothing half-done was left behind: a backup removes its unfinished set folder, a restore deletes the graph it had started. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job running. Last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BrandMind Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BrandMind Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file cannot be read and was left untouched:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is running. Stop it (it rolls back) and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph (FalkorDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis://host:6379 or rediss://user@host:6380</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graphs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every graph; or names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors (Milvus, milvus-backup, S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milvus-&amp;backup URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://host:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milvus URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://host:19530</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://minio:9000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a-bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify certificates (self-signed test servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FalkorDB password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milvus token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the profiles file. Leave a field empty to keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Choose &quot;Ask every time&quot;: you will be asked for the secret each time it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored; type to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret to store in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FalkorDB URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milvus-backup URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milvus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FalkorDB URL must start with redis:// or rediss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the URL: choose how the FalkorDB password is kept under Secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEndpoints</name>
    <message>
        <source>The profile &quot;%1&quot; has no FalkorDB address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile and enter the FalkorDB URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile for each place your data lives, e.g. &quot;dev laptop&quot; and &quot;production&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of &quot;Test connection&quot; appears here: server versions, graphs with their node and edge counts, collections and bucket, or exactly what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain available:&lt;/b&gt; %1 Profiles can still be used: choose &quot;Ask every time&quot; for their secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FalkorDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every graph on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milvus-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milvus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bucket %2, root %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? Backup sets are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains secrets. Store them in the keychain? (No: import the profiles without them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the secrets from the keychain? Anyone who gets the file can then connect to your servers.

Choose No to export the settings only (recommended).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a backup set folder (or a package), and the profile whose servers receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder with manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the set holds, what the checks found, and what happens to each graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph in set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that &quot;Replace&quot; deletes the existing graph on the target before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are checked first; nothing on the server changes until they are whole. Cancel stops and removes the partial graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every restored graph was counted and fingerprinted on the target and compared with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 → %2: %3 nodes, %4 edges restored; counts and fingerprint match the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1 → %2: %3 nodes, %4 edges restored, but it does NOT match the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-file packages are not available in this version yet. Unpack or copy the set folder and choose it with &quot;Folder…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection profile for the target servers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new name for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two graphs would be restored as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on the target: skip it, choose another name, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every graph is skipped: there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing deletes the existing graph first: tick the confirmation to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the restore? The graph being restored is deleted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete backup set: it has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of a set that finished (History shows its status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 from %2 (%3), FalkorDB %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Components: %1; %n file(s) listed with checksums (checked again before anything is restored).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The set also holds vector collections; restoring them is not available in this version, only the graphs are restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the target server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; go back and try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists: %1 nodes, %2 edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has none of these graphs: each will be restored under its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s) already exist on the target and are skipped unless you choose otherwise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The target cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n graph(s) into %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; the restore did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was stopped. The graph it had started was deleted again; graphs restored before it are complete and verified.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed. Nothing half-restored was left: a graph that could not be finished is deleted again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b; font-size:large&apos;&gt;&lt;b&gt;✔ Restore complete and verified.&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020; font-size:large&apos;&gt;&lt;b&gt;✘ The restore did not complete.&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetComparison</name>
    <message>
        <source>Reading live graph %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
