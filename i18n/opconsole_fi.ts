<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>CollectionImporter</name>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source># The %1-byte request body was not kept; save it as body.bin.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OP Developer Console</source>
        <translation>OP Developer Console</translation>
    </message>
    <message>
        <source>A native console for OP&apos;s developer sandbox APIs, with an embedded simulator of the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, show the main window, exit 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first shown window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scripted tour and save a PNG of each screen into &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (en, fi, sv); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;url&gt; (a path such as /accounts/v3/accounts, or a full URL) in a new request tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>%1 (%2) at byte %3: use a {{secret:…}} reference instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret %1 is bound to %2 and may not be sent to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc</name>
    <message>
        <source>The server&apos;s certificate expired on %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name mismatch: the server&apos;s certificate is not valid for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed and its issuer is not trusted for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate issuer is not trusted for this environment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is unsuitable for this purpose (it is not a TLS server certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is corrupt: %1. It was left unchanged; you can move it aside and start a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ApiProduct</name>
    <message>
        <source>The catalogue has no product list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ApplicationListModel</name>
    <message>
        <source>OP sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key %2, products %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, active application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ApplicationStore</name>
    <message>
        <source>The applications file %1 is damaged and could not be moved aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications file was damaged; it was kept as %1 and the list starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications file was written by a newer version of the console; it is shown but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications file is read-only here (see the earlier message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault first: API keys and secrets are kept only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application with the id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (the previous version is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::AutosaveJournal</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the autosave folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tab id is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosave journal was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tab id &quot;%1&quot; cannot name a journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the autosaved copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; moved aside to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a left-over autosaved copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::CertificateInfo</name>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires in %1 days, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication: its extended key usage (%1) lacks clientAuth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::CertificateStore</name>
    <message>
        <source>The certificate index %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault before importing a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not prepare the PKCS#12 import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for this PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 file uses an old cipher and OpenSSL&apos;s legacy provider is not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate was found (expected &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key for this certificate: none of the keys generated here matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted: enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client certificate is set for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type of %1 (%2) cannot be used for TLS here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored certificate %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault before creating a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate request needs a common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject field %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Collection</name>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::CollectionExporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; use postman, http or curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export contains secret-looking values and was not written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export contains %n secret-looking value(s) and was not written:
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::CollectionProblem</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; moved aside to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::CollectionStore</name>
    <message>
        <source>%1 is not a collection folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no collection.json; it was created from the files found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the collection could be loaded; it is open read-only so that saving cannot remove what was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection is read-only (written by a newer version or loaded in part); it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::CurlImporter</name>
    <message>
        <source>The text is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body from file %1 not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie file %1 not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field %1 not imported (multipart forms are not supported from curl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 not imported; add certificates in the certificate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL in the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No curl command found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::CustomTokenStore</name>
    <message>
        <source>The custom token list was damaged; it was kept as %1 and the list starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom token needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom token named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault first: token values are kept only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom token is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom token has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault to use custom tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::EncryptedFileVault</name>
    <message>
        <source>The vault uses a key derivation this version does not know (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system has no source of secure random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no passphrase slot; unlock it with the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no keychain slot; unlock it with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Holvi on lukittu.</translation>
    </message>
    <message>
        <source>A secret needs a name of reasonable length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no secret named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 failed authentication: the vault file was damaged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the vault itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::EnvironmentStore</name>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was moved to %3 and the built-in environments are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (schema %2); it is shown read-only and will not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 environment exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in environment &quot;%1&quot; cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault to store a secret variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault to remove a secret variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::HistoryStore</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; history is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable history database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not the console&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of the console (schema %2, this version reads %3). It is left untouched and no history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the history to %1 before upgrading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was upgraded from schema %1 to %2; the old file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was moved to %2 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 became unreadable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the exchange in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the exchange in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prune the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history kept the first %1 of %2 bytes of this body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::HttpEngine</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete within the time limit of %1 s; %2 bytes of the body had arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body could not be written to a temporary file (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 MB; only the first %1 MB were kept (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated response: %1 of %2 bytes (the connection was closed early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated response: the connection was closed after %1 bytes of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed response expands far beyond its size (a decompression bomb); it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated response: %1 of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate for this API: it ended the TLS handshake when none was presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected your client certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (407); set them in the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the user &quot;%2&quot; and its password (407).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at %1:%2 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1:%2 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake: it may have rejected the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake without answering: it most likely rejected your client certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before sending a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only offers TLS 1.0/1.1, which the console refuses: TLS 1.2 or newer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 redirects (a loop?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an unusable location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a redirect from https to plain http (%1): the request would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a redirect to plain http on another computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not following the %1 redirect to another origin (%2): it would re-send the request body there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (credentials removed for another origin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::HttpFileImporter</name>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response handler script is not imported and never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body read from a file is not imported; the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request found in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::KeychainVault</name>
    <message>
        <source>No keychain service is available: using the passphrase vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no key for this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to give the vault key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault with its passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the vault key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Loader</name>
    <message>
        <source>file is larger than %1 bytes; not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (schema %2, this version reads %3). The collection is open read-only; saving is disabled so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders nested deeper than %1 levels were not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries; only the first were loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 requests; the rest were not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::OpenApiImporter</name>
    <message>
        <source>an OpenAPI JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only OpenAPI 3 JSON documents are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::PostmanImporter</name>
    <message numerus="yes">
        <source>%n saved example response(s) are not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a Postman collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Postman collection: no &quot;info&quot; and &quot;item&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Postman schema %1; export as Collection v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::QuotaTracker</name>
    <message>
        <source>The server answered 429: this application&apos;s rate limit is used up. Sending is paused until %1 (in %2 s); override to send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota file was unreadable and was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota file is from a newer version; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Reader</name>
    <message>
        <source>pre-request script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scripts are not imported and never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders nested deeper than %1 levels are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 requests; this and the following were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth type &quot;%1&quot; is not supported; the request was imported without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved responses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type %1 added from the body language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (form-data file field %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file fields are not imported; attach the file in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL body converted to a JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body read from a file is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body mode &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP method; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a control character (such as a line break); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https URLs can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; has no base URL, so the path &quot;%2&quot; cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains a line break, NUL or another control character; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s credentials are bound to %1 and are not sent to %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains a line break or control character; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a line break or control character; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token header name &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret in this request is bound to %1 and is not sent to %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API requires an HMAC signature, but the application has no API secret; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API secret is bound to %1 and is not used for %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Resolver</name>
    <message>
        <source>The secret {{secret:%1}} is not in the vault; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable {{%1}} is not defined in the environment &quot;%2&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::RevocationCheck</name>
    <message>
        <source>The CRL file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate revocation list (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL in %1 could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation not checked: no CRL is configured for this environment (the console fetches no CRL and asks no OCSP responder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate &quot;%1&quot; (serial %2) is revoked: the CRL of %3 lists it since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation checked against %n configured CRL(s): not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation not checked: none of the configured CRLs is from this server&apos;s certificate issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation not checked: the CRL of %1 is not signed by that issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::SecretRedactor</name>
    <message>
        <source>%1: %2 replaced by {{secret:%3}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::StatusSemantics</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has been completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource has been successfully created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD REQUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some headers, parameters, or payload contents are missing or invalid. Retrying the same request again will not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the request before sending it again: retrying it unchanged will not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNAUTHORIZED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or missing authentication/authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key, the token and its header, and the signature; retrying unchanged will not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORBIDDEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticated/authorized user or application does not have access rights to the requested resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe the application to this API product or use a token with access; retrying unchanged will not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOO MANY REQUESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client application has exceeded its rate limit. The application must wait until the limit expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the rate limit resets, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERNAL SERVER ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system error prevented the operation from being completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error may be temporary: retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE UNAVAILABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable due to e.g. overload or maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later, when the service is available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIRECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is at another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource or path does not exist; check the API version in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path: retrying unchanged will not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD NOT ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource does not support the method used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a method the resource supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYLOAD TOO LARGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a smaller body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not accept the request as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the request before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a status code outside the HTTP ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retry is likely to succeed without server side maintenance measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error may be temporary and the request may be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some part of the operation went wrong, but the operation was nonetheless successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FATAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::SupportBundle</name>
    <message>
        <source>OP API support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(redacted: no credentials, no request or response body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Virheet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::TlsProfile</name>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable private key in %1 (RSA or EC, PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificate found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Token</name>
    <message>
        <source>Static token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::VaultCrypto</name>
    <message>
        <source>The key derivation parameters are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Writer</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::ApplicationManagerPane</name>
    <message>
        <source>HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · token in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sovellukset</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application in the local simulator, registered there at once (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the local simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the OP sandbox (paste key and secret from the portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production (paste key and secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
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
        <source>Delete the application and its key and secret (Delete; Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next request uses this application&apos;s key, secret and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API secret to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API secret is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste key and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill both fields from a copied &quot;key: … secret: …&quot; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate presented for this application&apos;s mutual-TLS APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no product chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; needs a client certificate for mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; requests are HMAC-signed with the API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vault locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (not in the certificate store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 and registered it in the local simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: paste its key and secret from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the certificate was not bound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key or secret found in the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and secret pasted; Save keeps them in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a key was found; Save keeps it in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a secret was found; Save keeps it in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next request uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the level of its product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the highest of its %2 products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::BodyView</name>
    <message>
        <source>⚠ The body is not valid UTF-8: undecodable bytes are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::CatalogTree</name>
    <message>
        <source>API</source>
        <translation>Rajapinta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Suojaus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · token in %2 · signature %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::CertificatePane</name>
    <message>
        <source>%1, %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (no extended key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates for mutual TLS. Private keys are kept in the vault, never in plain files. Drop .p12, .pfx or .pem files here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>Get a test certificate from the local simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when the local simulator runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application name or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every host, or e.g. *.op.fi, sandbox.apis.op.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application to unbind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer presents a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a client certificate signed by the simulator&apos;s CA and imports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 (1 day ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 (%2 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1 (less than a day left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (1 day left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client certificate yet: import one, or get a test certificate from the local simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1; extended key usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored with %1 intermediate certificate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the key in %1. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file nor a PEM certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private key for this certificate: import the certificate together with its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key alone cannot be imported: add the certificate it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx *.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public certificate was saved to %1 (no private key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the certificate %1 (%2) and its private key from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will then send without a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local simulator is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator issued no certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local simulator test certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator&apos;s certificate could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported a test certificate for %1 from the local simulator (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application the certificate belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now presents this certificate to every host of its mTLS products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now presents this certificate to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pair and a certificate signing request for a production certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionTreeModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionsPane</name>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the collection “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, method or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <source>Loading collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s), %1 requests.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded “%1” from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your version of “%1”; the next save asks before overwriting the files changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the collection “%1” changed on disk after it was opened (for example by git or an editor). Overwrite them with your version, or reload what is on disk and drop your change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved: the files changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”; secret values were replaced by references: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 is no longer in the collection; it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman Collection v2.1 (*.postman_collection.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP file (*.http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl commands (*.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded and the rest of the collection opened:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on disk since it was opened: %1. Reload it, or keep your version (a save will ask before overwriting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsoleSession</name>
    <message>
        <source>Demo application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded simulator is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault first: API keys and secrets are kept only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls a mutual-TLS API: unlock the vault and bind a client certificate to the application in Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls a mutual-TLS API but has no client certificate for %2: bind one in the application manager or in Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the secret vault to send as %1: its key and secret are kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API key yet: paste it in the application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applications of the local simulator get test certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::CsrDialog</name>
    <message>
        <source>Create a certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the application or company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSD2: PSDFI-FINFSA-1234567-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (OU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizationIdentifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR appears here. Send it to your certificate authority; import the certificate it issues and the console pairs it with the key kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.csr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A common name (CN) is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is two letters, such as FI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. The private key is in the vault, waiting for the issued certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created. The private key is in the vault, waiting for the issued certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::EnvironmentsDialog</name>
    <message>
        <source>Built in: the embedded simulator on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: OP&apos;s developer sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: PRODUCTION, real customers and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Ympäristöt</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL files (*.crl *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Muuttuja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Salainen</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Lisää muuttuja</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Poista muuttuja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Perus-URL</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Variables: use them as {{name}}; secret ones as {{secret:name}}, sent only to this environment&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment…</source>
        <translation>Uusi ympäristö…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>opc::ui::ErrorsPanel</name>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Ei virheitä.</translation>
    </message>
    <message>
        <source>Quote this id to OP&apos;s API support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response carries no error payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded with warnings. %1</source>
        <translation>Onnistui varoituksin. %1</translation>
    </message>
    <message>
        <source>Failed: the most severe entry is %1. %2</source>
        <translation>Epäonnistui: vakavin merkintä on %1. %2</translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryPane</name>
    <message>
        <source>Filter by URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a class or type a status such as 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges whose error payload holds an entry of this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is kept for this session only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history is kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange was not added to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exchange is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history kept only part of this request&apos;s body, so it cannot be re-sent as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every exchange in the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryTableModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::ImportDialog</name>
    <message>
        <source>Postman Collection v2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.http / .rest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collection, .http/.rest file, curl commands or OpenAPI 3 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste a curl command (or .http text) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections (*.json *.http *.rest *.sh *.txt *.curl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format could not be recognised; choose it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) will be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) skipped (listed below with the reason).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::MainWindow</name>
    <message>
        <source>OP Developer Console</source>
        <translation>OP Developer Console</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Varmenteet</translation>
    </message>
    <message>
        <source>Client certificates for mutual TLS</source>
        <translation>Asiakasvarmenteet molemminpuoliseen TLS:ään</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Ympäristöt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>&amp;Holvi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Esitystila</translation>
    </message>
    <message>
        <source>Hide every secret and credential value on screen, for demos</source>
        <translation>Piilota kaikki salaisuudet ja tunnistetiedot näytöltä esityksiä varten</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Värimaailma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seuraa &amp;järjestelmää</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Vaalea</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tumma</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lukitse nyt</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Holvi on lukittu.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Vaihda tunnuslause…</translation>
    </message>
    <message>
        <source>Change the vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase, once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export encrypted backup…</source>
        <translation>&amp;Vie salattu varmuuskopio…</translation>
    </message>
    <message>
        <source>Export an encrypted backup of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault backups (*.opcv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase for the backup (it can differ from the vault&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) exported, encrypted, to %1.</source>
        <translation>
            <numerusform>%n salaisuus vietiin salattuna tiedostoon %1.</numerusform>
            <numerusform>%n salaisuutta vietiin salattuna tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Tuo varmuuskopio…</translation>
    </message>
    <message>
        <source>Import a vault backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) imported from the backup.</source>
        <translation>
            <numerusform>%n salaisuus tuotiin varmuuskopiosta.</numerusform>
            <numerusform>%n salaisuutta tuotiin varmuuskopiosta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>Lukitse &amp;joutokäynnillä</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuutti</numerusform>
            <numerusform>%n minuuttia</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <source>The vault is locked: secret variables cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sovellukset</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Environment: local simulator (starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: none</source>
        <translation>Sovellus: ei valittu</translation>
    </message>
    <message>
        <source>Presentation mode: secrets hidden</source>
        <translation>Esitystila: salaisuudet piilotettu</translation>
    </message>
    <message>
        <source>Environment: the embedded simulator did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1 (%2)</source>
        <translation>Ympäristö: %1 (%2)</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Sovellus: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new secret vault:</source>
        <translation>Valitse tunnuslause uudelle salaisuusholville:</translation>
    </message>
    <message>
        <source>Passphrase of the secret vault:</source>
        <translation>Salaisuusholvin tunnuslause:</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret vault</source>
        <translation>Salaisuusholvi</translation>
    </message>
    <message>
        <source>The vault stays locked.</source>
        <translation>Holvi pysyy lukittuna.</translation>
    </message>
    <message>
        <source>Creating the secret vault…</source>
        <translation>Luodaan salaisuusholvia…</translation>
    </message>
    <message>
        <source>Unlocking the secret vault…</source>
        <translation>Avataan salaisuusholvia…</translation>
    </message>
    <message>
        <source>Wrong passphrase three times; the vault stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalogued API</source>
        <translation>ei luetteloitu rajapinta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, HMAC-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next send: %1 · %2 · %3</source>
        <translation>Seuraava lähetys: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ei lähetetty: %1</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your applications: API key, secret, products and quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION: requests act on real customers&apos; accounts and money. Anything but GET asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits cannot be journaled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The console did not close normally last time. %n unsaved request(s) can be restored: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits could not be journaled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not in a collection: create one with New request in the Collections tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator&apos;s built-in application, subscribed to every API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>Rajapinnat</translation>
    </message>
    <message>
        <source>Network settings apply to the next request; the time limit and size cap after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo application instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: the demo application (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application manager needs the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 %2 to PRODUCTION as %3? It acts on real accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Verkkoasetukset</translation>
    </message>
    <message>
        <source>none, or http://proxy.example:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock the vault to set a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-välityspalvelin</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Välityspalvelimen käyttäjä</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Välityspalvelimen salasana</translation>
    </message>
    <message>
        <source>Time limit per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest response kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password is kept in the vault. Requests over HTTPS give the proxy its credentials only when opening the tunnel; the API server never sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address such as http://proxy.example:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the proxy user and password in their own fields, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>opc::ui::QuotaChart</name>
    <message>
        <source>Remaining quota today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::QuotaIndicator</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: unknown until the first response</source>
        <translation>Kiintiö: tuntematon ennen ensimmäistä vastausta</translation>
    </message>
    <message>
        <source>The quota is known after the first response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota exhausted: sends blocked for %1</source>
        <translation>Kiintiö käytetty: lähetykset estetty %1</translation>
    </message>
    <message>
        <source>Quota: %1 / %2 left (%3), resets in %4</source>
        <translation>Kiintiö: %1 / %2 jäljellä (%3), nollautuu %4 kuluttua</translation>
    </message>
    <message>
        <source>Quota: reset due; %1 / %2 until the next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1 / %2 left (%3)</source>
        <translation>Kiintiö: %1 / %2 jäljellä (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 requests left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current pace the quota runs out in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current pace the quota lasts until the reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::RequestComposer</name>
    <message>
        <source>/accounts/v3/accounts or https://… ({{variables}} allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Lähetä pyyntö (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Otsake</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Lisää otsake</translation>
    </message>
    <message>
        <source>Added at send time: x-api-key, x-session-id, x-request-id, the token header and, for Restricted APIs, x-hmac-signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Pyynnön runko (JSON)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Otsakkeet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Runko</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>opc::ui::ResponseViewer</name>
    <message>
        <source>Pretty</source>
        <translation>Muotoiltu</translation>
    </message>
    <message>
        <source>⚠ The body is labelled JSON but is not valid JSON. %1. Showing it as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Heksa</translation>
    </message>
    <message>
        <source>Show the body&apos;s bytes as a hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Kopioi curl-komentona</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; credentials are masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl (credentials masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl with credentials revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command will contain your credentials: do not paste it into tickets or chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Tukipaketti</translation>
    </message>
    <message>
        <source>Copy a redacted summary (time, URL, request and session ids, status, error ids) for OP&apos;s API support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Otsake</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Runko</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Virheet</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Otsakkeet</translation>
    </message>
    <message>
        <source>Timing &amp;&amp; TLS</source>
        <translation>Ajoitus &amp;&amp; TLS</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raaka</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Ei vielä vastausta</translation>
    </message>
    <message>
        <source>Compose a request and press Send.</source>
        <translation>Kirjoita pyyntö ja paina Lähetä.</translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Virheet (%1)</translation>
    </message>
    <message>
        <source>Connect started   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First byte        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished          %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher            %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server chain      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Redirects
  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request body: %1 bytes)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The body is labelled %1 but could not be decoded as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more bytes not shown in hex; switch Hex off to see the whole body.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ 429 Too Many Requests: %1 has used up its rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The quota resets at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 has %2 of %3 requests left today (under 10 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::SampleCollection</name>
    <message>
        <source>OP sandbox sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API: security level %2, token in %3, signature %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit case: 429 TECHNICAL once the daily quota is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. Once the application has used its daily requests (1000 by default) the sandbox answers 429 with an ERROR TECHNICAL entry until midnight Europe/Helsinki, and the console blocks further sends. The local simulator&apos;s admin API sets the count used: PUT /apps/{apiKey}/quota {&quot;used&quot;: 1000}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample collection is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::TokenPicker</name>
    <message>
        <source>The token the next request sends (Alt+T; Alt+1 to Alt+4 pick a static token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API&apos;s header</source>
        <translation>Rajapinnan otsake</translation>
    </message>
    <message>
        <source>The header the token goes into; by default the one the API expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>Prefix the token with &quot;Bearer &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Oma…</translation>
    </message>
    <message>
        <source>Add a custom token; its value is kept in the secret vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the selected custom token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Tunniste:</translation>
    </message>
    <message>
        <source>%1 (custom, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Ei tunnistetta</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Lähettää: %1</translation>
    </message>
    <message>
        <source>Sends: %1 (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next request sends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is kept in the secret vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The static sandbox tokens cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the custom token &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom token store is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with Bearer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
