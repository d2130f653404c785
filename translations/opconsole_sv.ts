<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>CollectionImporter</name>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Filen är större än %1 byte.</translation>
    </message>
    <message>
        <source>Not %1: %2 at offset %3.</source>
        <translation>Inte %1: %2 vid position %3.</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source># The %1-byte request body was not kept; save it as body.bin.
</source>
        <translation># Begärans innehåll på %1 byte sparades inte; spara det som body.bin.
</translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Ogiltig JSON vid byte %1: %2</translation>
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
        <translation>En skrivbordskonsol för API:erna i OP:s utvecklarsandlåda, med en inbäddad simulator av sandlådan.</translation>
    </message>
    <message>
        <source>Start, show the main window, exit 0.</source>
        <translation>Starta, visa huvudfönstret och avsluta med 0.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first shown window, then exit.</source>
        <translation>Skriv ut antalet millisekunder från start till det första visade fönstret och avsluta sedan.</translation>
    </message>
    <message>
        <source>Run the scripted tour and save a PNG of each screen into &lt;dir&gt;.</source>
        <translation>Kör den skriptade rundturen och spara en PNG-bild av varje skärm i &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (en, fi, sv); default: the system&apos;s.</source>
        <translation>Använd gränssnittsspråket &lt;code&gt; (en, fi, sv); standard: systemets språk.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open &lt;url&gt; (a path such as /accounts/v3/accounts, or a full URL) in a new request tab.</source>
        <translation>Öppna &lt;url&gt; (en sökväg som /accounts/v3/accounts eller en fullständig URL) i en ny begäransflik.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>%1 (%2) at byte %3: use a {{secret:…}} reference instead.</source>
        <translation>%1 (%2) vid byte %3: använd en {{secret:…}}-referens i stället.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret %1 is bound to %2 and may not be sent to %3.</source>
        <translation>Hemligheten %1 är bunden till %2 och får inte skickas till %3.</translation>
    </message>
</context>
<context>
    <name>opc::ApiProduct</name>
    <message>
        <source>The catalogue has no product list.</source>
        <translation>Katalogen har ingen produktlista.</translation>
    </message>
</context>
<context>
    <name>opc::ApplicationListModel</name>
    <message>
        <source>OP sandbox</source>
        <translation>OP:s sandlåda</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Local simulator</source>
        <translation>Lokal simulator</translation>
    </message>
    <message>
        <source>quota not seen yet</source>
        <translation>kvoten ännu okänd</translation>
    </message>
    <message>
        <source>%1 of %2 left today</source>
        <translation>%1 av %2 kvar i dag</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>%1: key %2, products %3</source>
        <translation>%1: nyckel %2, produkter %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>%1, active application</source>
        <translation>%1, aktiv applikation</translation>
    </message>
    <message>
        <source>no products</source>
        <translation>inga produkter</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 produkt</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 produkter</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>opc::ApplicationStore</name>
    <message>
        <source>The applications file %1 is damaged and could not be moved aside: %2</source>
        <translation>Applikationsfilen %1 är skadad och kunde inte flyttas undan: %2</translation>
    </message>
    <message>
        <source>The applications file was damaged; it was kept as %1 and the list starts empty.</source>
        <translation>Applikationsfilen var skadad; den sparades som %1 och listan börjar tom.</translation>
    </message>
    <message>
        <source>The applications file was written by a newer version of the console; it is shown but not changed.</source>
        <translation>Applikationsfilen skrevs av en nyare version av konsolen; den visas men ändras inte.</translation>
    </message>
    <message>
        <source>The applications file is read-only here (see the earlier message).</source>
        <translation>Applikationsfilen är skrivskyddad här (se det tidigare meddelandet).</translation>
    </message>
    <message>
        <source>An application needs a name.</source>
        <translation>En applikation behöver ett namn.</translation>
    </message>
    <message>
        <source>An application named &quot;%1&quot; exists already.</source>
        <translation>Det finns redan en applikation med namnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unlock the secret vault first: API keys and secrets are kept only there.</source>
        <translation>Lås upp hemlighetsvalvet först: API-nycklar och API-hemligheter sparas bara där.</translation>
    </message>
    <message>
        <source>An application with the id %1 exists already.</source>
        <translation>Det finns redan en applikation med id:t %1.</translation>
    </message>
    <message>
        <source>No application has the id %1.</source>
        <translation>Ingen applikation har id:t %1.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
</context>
<context>
    <name>opc::Assertion</name>
    <message>
        <source>status is %1</source>
        <translation>status är %1</translation>
    </message>
    <message>
        <source>status in %1</source>
        <translation>status inom %1</translation>
    </message>
    <message>
        <source>header %1 exists</source>
        <translation>huvudet %1 finns</translation>
    </message>
    <message>
        <source>header %1 is &quot;%2&quot;</source>
        <translation>huvudet %1 är &quot;%2&quot;</translation>
    </message>
    <message>
        <source>header %1 matches %2</source>
        <translation>huvudet %1 matchar %2</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 finns</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 är lika med %2</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 matchar %2</translation>
    </message>
    <message>
        <source>%1 is a %2</source>
        <translation>%1 är av typen %2</translation>
    </message>
    <message>
        <source>response time below %1 ms</source>
        <translation>svarstid under %1 ms</translation>
    </message>
    <message>
        <source>no FATAL or ERROR (WARN allowed)</source>
        <translation>ingen FATAL eller ERROR (WARN tillåts)</translation>
    </message>
    <message>
        <source>no FATAL, ERROR or WARN</source>
        <translation>ingen FATAL, ERROR eller WARN</translation>
    </message>
    <message>
        <source>unknown assertion kind &quot;%1&quot;</source>
        <translation>okänd kontrolltyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the assertion &quot;%1&quot; lacks its %2</source>
        <translation>kontrollen &quot;%1&quot; saknar fältet %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>%1 from the header %2</source>
        <translation>%1 från huvudet %2</translation>
    </message>
    <message>
        <source>%1 from the body matching %2</source>
        <translation>%1 från innehållet som matchar %2</translation>
    </message>
    <message>
        <source>unknown capture source &quot;%1&quot;</source>
        <translation>okänd fångstkälla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the capture &quot;%1&quot; lacks its variable or expression</source>
        <translation>fångsten &quot;%1&quot; saknar variabel eller uttryck</translation>
    </message>
</context>
<context>
    <name>opc::Assertions</name>
    <message>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>innehållet är inte JSON (%1 vid position %2)</translation>
    </message>
    <message>
        <source>the regular expression is not valid (%1)</source>
        <translation>det reguljära uttrycket är ogiltigt (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code</source>
        <translation>&quot;%1&quot; är inte en statuskod</translation>
    </message>
    <message>
        <source>got %1</source>
        <translation>fick %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range such as 200-299</source>
        <translation>&quot;%1&quot; är inte ett intervall som 200-299</translation>
    </message>
    <message>
        <source>no such header</source>
        <translation>inget sådant huvud</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>fick &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>inget sådant fält</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer (it starts with /)</source>
        <translation>&quot;%1&quot; är inte en JSON Pointer (en sådan börjar med /)</translation>
    </message>
    <message>
        <source>got a %1</source>
        <translation>fick typen %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of milliseconds</source>
        <translation>&quot;%1&quot; är inte ett antal millisekunder</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>tog %1 ms</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>unknown assertion</source>
        <translation>okänd kontroll</translation>
    </message>
    <message>
        <source>%1: no such member</source>
        <translation>%1: inget sådant fält</translation>
    </message>
    <message>
        <source>%1: no such header</source>
        <translation>%1: inget sådant huvud</translation>
    </message>
    <message>
        <source>%1: no match</source>
        <translation>%1: ingen träff</translation>
    </message>
    <message>
        <source>%1: unknown source</source>
        <translation>%1: okänd källa</translation>
    </message>
</context>
<context>
    <name>opc::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan inte skapa mappen %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Kan inte begränsa behörigheterna för %1.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the file is larger than the system allows</source>
        <translation>filen är större än systemet tillåter</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (the previous version is unchanged)</source>
        <translation>Kan inte spara %1: %2 (den tidigare versionen är oförändrad)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; the limit is %3).</source>
        <translation>%1 är för stor (%2 byte; gränsen är %3).</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside.</source>
        <translation>Kan inte flytta undan den skadade filen %1.</translation>
    </message>
</context>
<context>
    <name>opc::AutosaveJournal</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Kan inte skapa mappen för automatisk sparning %1.</translation>
    </message>
    <message>
        <source>Cannot lock the autosave folder %1.</source>
        <translation>Kan inte låsa mappen för automatisk sparning %1.</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ett JSON-objekt förväntades</translation>
    </message>
    <message>
        <source>written by a newer version of the console</source>
        <translation>skriven av en nyare version av konsolen</translation>
    </message>
    <message>
        <source>the tab id is missing or malformed</source>
        <translation>flikens id saknas eller är felformaterat</translation>
    </message>
    <message>
        <source>The autosave journal was not started.</source>
        <translation>Journalen för automatisk sparning har inte startats.</translation>
    </message>
    <message>
        <source>The tab id &quot;%1&quot; cannot name a journal file.</source>
        <translation>Flik-id:t &quot;%1&quot; kan inte användas som namn på en journalfil.</translation>
    </message>
    <message>
        <source>Cannot remove the autosaved copy %1.</source>
        <translation>Kan inte ta bort den automatiskt sparade kopian %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; moved aside to %1</source>
        <translation>; flyttad undan till %1</translation>
    </message>
    <message>
        <source>%1 is not a left-over autosaved copy.</source>
        <translation>%1 är inte en kvarlämnad automatiskt sparad kopia.</translation>
    </message>
</context>
<context>
    <name>opc::CertificateStore</name>
    <message>
        <source>The certificate index %1 is damaged: %2</source>
        <translation>Certifikatindexet %1 är skadat: %2</translation>
    </message>
    <message>
        <source>Unlock the vault before importing a certificate.</source>
        <translation>Lås upp valvet innan du importerar ett certifikat.</translation>
    </message>
    <message>
        <source>OpenSSL could not prepare the PKCS#12 import: %1</source>
        <translation>OpenSSL kunde inte förbereda PKCS#12-importen: %1</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation>Det här är inte en PKCS#12-fil (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Wrong password for this PKCS#12 file.</source>
        <translation>Fel lösenord för den här PKCS#12-filen.</translation>
    </message>
    <message>
        <source>This PKCS#12 file uses an old cipher and OpenSSL&apos;s legacy provider is not installed: %1</source>
        <translation>Den här PKCS#12-filen använder ett gammalt chiffer och OpenSSL:s legacy-provider är inte installerad: %1</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>PKCS#12-filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation>PKCS#12-filen innehåller ingen privat nyckel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate.</source>
        <translation>PKCS#12-filen innehåller inget certifikat.</translation>
    </message>
    <message>
        <source>The private key could not be converted.</source>
        <translation>Den privata nyckeln kunde inte konverteras.</translation>
    </message>
    <message>
        <source>No PEM certificate was found (expected &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Inget PEM-certifikat hittades (&quot;-----BEGIN CERTIFICATE-----&quot; förväntades).</translation>
    </message>
    <message>
        <source>Choose the private key for this certificate: none of the keys generated here matches it.</source>
        <translation>Välj den privata nyckeln för det här certifikatet: ingen av nycklarna som skapats här matchar det.</translation>
    </message>
    <message>
        <source>The private key is encrypted: enter its passphrase.</source>
        <translation>Den privata nyckeln är krypterad: ange dess lösenfras.</translation>
    </message>
    <message>
        <source>Wrong password for the private key.</source>
        <translation>Fel lösenord för den privata nyckeln.</translation>
    </message>
    <message>
        <source>The private key could not be read: %1</source>
        <translation>Den privata nyckeln kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate.</source>
        <translation>Den privata nyckeln hör inte till det här certifikatet.</translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation>Certifikatet kunde inte läsas.</translation>
    </message>
    <message>
        <source>There is no certificate %1.</source>
        <translation>Det finns inget certifikat %1.</translation>
    </message>
    <message>
        <source>No client certificate is set for %1 on %2.</source>
        <translation>Inget klientcertifikat har angetts för %1 i %2.</translation>
    </message>
    <message>
        <source>The key type of %1 (%2) cannot be used for TLS here.</source>
        <translation>Nyckeltypen för %1 (%2) kan inte användas för TLS här.</translation>
    </message>
    <message>
        <source>The stored certificate %1 could not be read.</source>
        <translation>Det sparade certifikatet %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>Unlock the vault before creating a key.</source>
        <translation>Lås upp valvet innan du skapar en nyckel.</translation>
    </message>
    <message>
        <source>A certificate request needs a common name.</source>
        <translation>En certifikatbegäran behöver ett gemensamt namn (CN, common name).</translation>
    </message>
    <message>
        <source>The key pair could not be generated: %1</source>
        <translation>Nyckelparet kunde inte genereras: %1</translation>
    </message>
    <message>
        <source>The subject field %1 is not valid: %2</source>
        <translation>Ämnesfältet %1 är ogiltigt: %2</translation>
    </message>
    <message>
        <source>The certificate request could not be signed: %1</source>
        <translation>Certifikatbegäran kunde inte signeras: %1</translation>
    </message>
    <message>
        <source>The certificate request could not be written.</source>
        <translation>Certifikatbegäran kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Certifikatet gick ut den %1.</translation>
    </message>
    <message>
        <source>The certificate expires in %1 days, on %2.</source>
        <translation>Certifikatet går ut om %1 dagar, den %2.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Certifikatet är inte giltigt före %1.</translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication: its extended key usage (%1) lacks clientAuth.</source>
        <translation>Certifikatet är inte avsett för klientautentisering: dess utökade nyckelanvändning (%1) saknar clientAuth.</translation>
    </message>
</context>
<context>
    <name>opc::Collection</name>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopia</translation>
    </message>
</context>
<context>
    <name>opc::CollectionExporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; use postman, http or curl.</source>
        <translation>Okänt exportformat &quot;%1&quot;; använd postman, http eller curl.</translation>
    </message>
    <message>
        <source>The export contains secret-looking values and was not written:
%1</source>
        <translation>Exporten innehåller värden som ser hemliga ut och skrevs inte:
%1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 vid byte %2</translation>
    </message>
    <message numerus="yes">
        <source>The export contains %n secret-looking value(s) and was not written:
%1</source>
        <translation>
            <numerusform>Exporten innehåller %n värde som ser hemligt ut och skrevs inte:
%1</numerusform>
            <numerusform>Exporten innehåller %n värden som ser hemliga ut och skrevs inte:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::CollectionRunner</name>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>stopped at the first failure (--bail)</source>
        <translation>stoppade vid första felet (--bail)</translation>
    </message>
    <message>
        <source>The rate limit of the application is used up (429).</source>
        <translation>Applikationens anropsgräns är förbrukad (429).</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>inte körd</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>inte skickad: %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte skickad</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 godkända, %2 misslyckade</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 överhoppade</translation>
    </message>
</context>
<context>
    <name>opc::CollectionStore</name>
    <message>
        <source>%1 is not a collection folder.</source>
        <translation>%1 är inte en samlingsmapp.</translation>
    </message>
    <message>
        <source>%1 has no collection.json; it was created from the files found.</source>
        <translation>%1 har ingen collection.json; den skapades utifrån de filer som hittades.</translation>
    </message>
    <message>
        <source>Only part of the collection could be loaded; it is open read-only so that saving cannot remove what was not loaded.</source>
        <translation>Bara en del av samlingen kunde läsas in; den är öppen skrivskyddad så att en sparning inte kan ta bort det som inte lästes in.</translation>
    </message>
    <message>
        <source>The collection is read-only (written by a newer version or loaded in part); it was not saved.</source>
        <translation>Samlingen är skrivskyddad (skriven av en nyare version eller delvis inläst); den sparades inte.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kunde inte skapa mappen %1.</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes; not loaded</source>
        <translation>filen är större än %1 byte; inte inläst</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ett JSON-objekt förväntades</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (schema %2, this version reads %3). The collection is open read-only; saving is disabled so the file stays as it is.</source>
        <translation>%1 skrevs av en nyare version av konsolen (schema %2, den här versionen läser %3). Samlingen är öppen skrivskyddad; sparning är avstängd så att filen förblir som den är.</translation>
    </message>
    <message>
        <source>folders nested deeper than %1 levels were not loaded</source>
        <translation>mappar som är nästlade djupare än %1 nivåer lästes inte in</translation>
    </message>
    <message>
        <source>more than %1 entries; only the first were loaded</source>
        <translation>fler än %1 poster; bara de första lästes in</translation>
    </message>
    <message>
        <source>more than %1 requests; the rest were not loaded</source>
        <translation>fler än %1 begäranden; resten lästes inte in</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>inte en lista</translation>
    </message>
    <message>
        <source>the request&apos;s %1 were kept as they are but not loaded: %2</source>
        <translation>begärans %1 behölls som de är men lästes inte in: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, rad %2, kolumn %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; moved aside to %3</source>
        <translation>%1: %2; flyttad undan till %3</translation>
    </message>
</context>
<context>
    <name>opc::Consent</name>
    <message>
        <source>Account information (AIS)</source>
        <translation>Kontoinformation (AIS)</translation>
    </message>
    <message>
        <source>Payment initiation (PIS)</source>
        <translation>Betalningsinitiering (PIS)</translation>
    </message>
    <message>
        <source>Confirmation of funds (CoF)</source>
        <translation>Bekräftelse av tillgängliga medel (CoF)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottaget</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>auktoriserat</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisat</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgånget</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutfört</translation>
    </message>
</context>
<context>
    <name>opc::ConsentFlow</name>
    <message>
        <source>Client-credentials token over mutual TLS (scope %1)</source>
        <translation>Client credentials-token över ömsesidig TLS (omfång %1)</translation>
    </message>
    <message>
        <source>Create the SEPA payment and its authorization</source>
        <translation>Skapa SEPA-betalningen och dess auktorisering</translation>
    </message>
    <message>
        <source>Create the authorization</source>
        <translation>Skapa auktoriseringen</translation>
    </message>
    <message>
        <source>Open the bank&apos;s authorize page (strong customer authentication)</source>
        <translation>Öppna bankens auktoriseringssida (stark kundautentisering)</translation>
    </message>
    <message>
        <source>The user approves or rejects</source>
        <translation>Användaren godkänner eller avvisar</translation>
    </message>
    <message>
        <source>Exchange the code for access and refresh tokens</source>
        <translation>Byt koden mot åtkomsttoken och förnyelsetoken</translation>
    </message>
    <message>
        <source>The consent flow was cancelled before the user decided.</source>
        <translation>Samtyckesflödet avbröts innan användaren hade bestämt sig.</translation>
    </message>
    <message>
        <source>The consent flow was cancelled while the browser was on the bank&apos;s page.</source>
        <translation>Samtyckesflödet avbröts medan webbläsaren var på bankens sida.</translation>
    </message>
    <message>
        <source>The console session is gone.</source>
        <translation>Konsolsessionen finns inte längre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The consent flow was cancelled.</source>
        <translation>Samtyckesflödet avbröts.</translation>
    </message>
    <message>
        <source>the bank did not accept the application&apos;s API key and secret: %1</source>
        <translation>banken godtog inte applikationens API-nyckel och API-hemlighet: %1</translation>
    </message>
    <message>
        <source>client-credentials token</source>
        <translation>client credentials-token</translation>
    </message>
    <message>
        <source>%1: the page is not the simulator&apos;s test-user page; complete it in a browser.</source>
        <translation>%1: sidan är inte simulatorns sida för testanvändare; slutför den i en webbläsare.</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back from the bank&apos;s page within %n minute(s); start the consent again.</source>
        <translation>
            <numerusform>Webbläsaren kom inte tillbaka från bankens sida inom %n minut; starta samtycket på nytt.</numerusform>
            <numerusform>Webbläsaren kom inte tillbaka från bankens sida inom %n minuter; starta samtycket på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the redirect&apos;s state does not match this flow&apos;s; the answer was ignored.</source>
        <translation>%1: omdirigeringens state-värde stämmer inte med det här flödets; svaret ignorerades.</translation>
    </message>
    <message>
        <source>The user rejected the consent in the browser (%1): no token was issued, and the consent is listed as rejected. Start a new one to try again.</source>
        <translation>Användaren avvisade samtycket i webbläsaren (%1): ingen token utfärdades och samtycket listas som avvisat. Starta ett nytt för att försöka igen.</translation>
    </message>
    <message>
        <source>The user %1 rejected the consent (%2): no token was issued, and the consent is listed as rejected. Start a new one to try again.</source>
        <translation>Användaren %1 avvisade samtycket (%2): ingen token utfärdades och samtycket listas som avvisat. Starta ett nytt för att försöka igen.</translation>
    </message>
    <message>
        <source>%1: the redirect carried neither a code nor an error.</source>
        <translation>%1: omdirigeringen innehöll varken en kod eller ett fel.</translation>
    </message>
</context>
<context>
    <name>opc::ConsentService</name>
    <message>
        <source>This %1 request needs the user&apos;s consent, and the application has none yet: get one in Request › PSD2 consents (a static token is never accepted here).</source>
        <translation>Den här %1-begäran kräver användarens samtycke och applikationen har inget ännu: skaffa ett under Begäran › PSD2-samtycken (en statisk token godtas aldrig här).</translation>
    </message>
    <message>
        <source>This %1 request needs the user&apos;s consent: %2</source>
        <translation>Den här %1-begäran kräver användarens samtycke: %2</translation>
    </message>
    <message>
        <source>The consent %1 was never approved: finish its flow or start a new one.</source>
        <translation>Samtycket %1 godkändes aldrig: slutför dess flöde eller starta ett nytt.</translation>
    </message>
    <message>
        <source>The consent %1 was rejected by the user %2: start a new one.</source>
        <translation>Samtycket %1 avvisades av användaren %2: starta ett nytt.</translation>
    </message>
    <message>
        <source>The consent %1 expired on %2: ask the user for a new one.</source>
        <translation>Samtycket %1 gick ut den %2: be användaren om ett nytt.</translation>
    </message>
    <message>
        <source>The consent %1 was revoked: ask the user for a new one.</source>
        <translation>Samtycket %1 återkallades: be användaren om ett nytt.</translation>
    </message>
    <message>
        <source>The payment of consent %1 was submitted: a payment consent is used once.</source>
        <translation>Betalningen för samtycket %1 har skickats in: ett betalningssamtycke används bara en gång.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Inget samtycke har id:t %1.</translation>
    </message>
    <message>
        <source>%1 consent %2</source>
        <translation>%1-samtycke %2</translation>
    </message>
    <message>
        <source>The consent %1 has no refresh token: start a new one.</source>
        <translation>Samtycket %1 har ingen förnyelsetoken: starta ett nytt.</translation>
    </message>
    <message>
        <source>Refreshing the token of consent %1: %2</source>
        <translation>Förnyar token för samtycket %1: %2</translation>
    </message>
    <message>
        <source>the consent is gone</source>
        <translation>samtycket finns inte längre</translation>
    </message>
    <message>
        <source>Revoking consent %1: %2</source>
        <translation>Återkallar samtycket %1: %2</translation>
    </message>
    <message>
        <source>The access token of consent %1 was refused (%2): it has expired or is unknown to the bank. The console refreshes it before the next request; if that fails, start a new consent.</source>
        <translation>Åtkomsttoken för samtycket %1 nekades (%2): den har gått ut eller är okänd för banken. Konsolen förnyar den före nästa begäran; om det misslyckas, starta ett nytt samtycke.</translation>
    </message>
    <message>
        <source>The bank refused consent %1 (403 SECURITY: %2): it was revoked or is no longer authorized. Ask the user for a new consent.</source>
        <translation>Banken nekade samtycket %1 (403 SECURITY: %2): det har återkallats eller är inte längre auktoriserat. Be användaren om ett nytt samtycke.</translation>
    </message>
</context>
<context>
    <name>opc::ConsentStore</name>
    <message>
        <source>The consent list was damaged; it was kept as %1 and the list starts empty.</source>
        <translation>Samtyckeslistan var skadad; den sparades som %1 och listan börjar tom.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console: it is read but not changed.</source>
        <translation>%1 skrevs av en nyare version av konsolen: den läses men ändras inte.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console and is not changed.</source>
        <translation>%1 skrevs av en nyare version av konsolen och ändras inte.</translation>
    </message>
    <message>
        <source>Unlock the secret vault first: consent tokens are kept only there.</source>
        <translation>Lås upp hemlighetsvalvet först: samtyckenas token sparas bara där.</translation>
    </message>
    <message>
        <source>Unlock the secret vault to use the consent&apos;s token.</source>
        <translation>Lås upp hemlighetsvalvet för att använda samtyckets token.</translation>
    </message>
    <message>
        <source>The consent %1 has no access token.</source>
        <translation>Samtycket %1 har ingen åtkomsttoken.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Inget samtycke har id:t %1.</translation>
    </message>
</context>
<context>
    <name>opc::ConsoleSession</name>
    <message>
        <source>No application has the id %1.</source>
        <translation>Ingen applikation har id:t %1.</translation>
    </message>
    <message>
        <source>The CA certificate of %1 cannot be used: %2</source>
        <translation>CA-certifikatet för %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>The revocation list of %1 cannot be used: %2</source>
        <translation>Spärrlistan för %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>%1 calls a mutual-TLS API: unlock the vault and bind a client certificate to the application in Certificates.</source>
        <translation>%1 anropar ett API med ömsesidig TLS: lås upp valvet och bind ett klientcertifikat till applikationen under Certifikat.</translation>
    </message>
    <message>
        <source>%1 calls a mutual-TLS API but has no client certificate for %2: bind one in the application manager or in Certificates.</source>
        <translation>%1 anropar ett API med ömsesidig TLS men har inget klientcertifikat för %2: bind ett i applikationshanteraren eller under Certifikat.</translation>
    </message>
    <message>
        <source>The embedded simulator is not running: choose an application to send as.</source>
        <translation>Den inbäddade simulatorn körs inte: välj en applikation att skicka som.</translation>
    </message>
    <message>
        <source>Unlock the secret vault to send as %1: its key and secret are kept there.</source>
        <translation>Lås upp hemlighetsvalvet för att skicka som %1: dess nyckel och hemlighet sparas där.</translation>
    </message>
    <message>
        <source>%1 has no API key yet: paste it in the application manager.</source>
        <translation>%1 har ingen API-nyckel ännu: klistra in den i applikationshanteraren.</translation>
    </message>
    <message>
        <source>The exchange was not added to the history: %1</source>
        <translation>Anropet lades inte till i historiken: %1</translation>
    </message>
</context>
<context>
    <name>opc::CurlImporter</name>
    <message>
        <source>The text is larger than %1 bytes.</source>
        <translation>Texten är större än %1 byte.</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>kommando %1</translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation>fler än %1 begäranden; inte importerade</translation>
    </message>
    <message>
        <source>body from file %1 not imported</source>
        <translation>innehåll från filen %1 importerades inte</translation>
    </message>
    <message>
        <source>cookie file %1 not read</source>
        <translation>cookiefilen %1 lästes inte</translation>
    </message>
    <message>
        <source>form field %1 not imported (multipart forms are not supported from curl)</source>
        <translation>formulärfältet %1 importerades inte (multipart-formulär stöds inte från curl)</translation>
    </message>
    <message>
        <source>%1 %2 not imported; add certificates in the certificate store</source>
        <translation>%1 %2 importerades inte; lägg till certifikat i certifikatlagret</translation>
    </message>
    <message>
        <source>no URL in the command</source>
        <translation>ingen URL i kommandot</translation>
    </message>
    <message>
        <source>ignored options: %1</source>
        <translation>ignorerade alternativ: %1</translation>
    </message>
    <message>
        <source>No curl command found.</source>
        <translation>Inget curl-kommando hittades.</translation>
    </message>
</context>
<context>
    <name>opc::CustomTokenStore</name>
    <message>
        <source>The custom token list was damaged; it was kept as %1 and the list starts empty.</source>
        <translation>Listan över egna token var skadad; den sparades som %1 och listan börjar tom.</translation>
    </message>
    <message>
        <source>A custom token needs a name.</source>
        <translation>En egen token behöver ett namn.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has no value.</source>
        <translation>Token &quot;%1&quot; har inget värde.</translation>
    </message>
    <message>
        <source>A custom token named &quot;%1&quot; exists already.</source>
        <translation>Det finns redan en egen token med namnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unlock the secret vault first: token values are kept only there.</source>
        <translation>Lås upp hemlighetsvalvet först: tokenvärden sparas bara där.</translation>
    </message>
    <message>
        <source>No custom token is named &quot;%1&quot;.</source>
        <translation>Ingen egen token heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No custom token has the id %1.</source>
        <translation>Ingen egen token har id:t %1.</translation>
    </message>
    <message>
        <source>Unlock the secret vault to use custom tokens.</source>
        <translation>Lås upp hemlighetsvalvet för att använda egna token.</translation>
    </message>
</context>
<context>
    <name>opc::EncryptedFileVault</name>
    <message>
        <source>The vault uses a key derivation this version does not know (id %1).</source>
        <translation>Valvet använder en nyckelhärledning som den här versionen inte känner till (id %1).</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was not replaced.</source>
        <translation>Det finns redan ett valv i %1; det ersattes inte.</translation>
    </message>
    <message>
        <source>The system has no source of secure random numbers.</source>
        <translation>Systemet saknar en källa till säkra slumptal.</translation>
    </message>
    <message>
        <source>There is no vault at %1 yet.</source>
        <translation>Det finns inget valv i %1 ännu.</translation>
    </message>
    <message>
        <source>This vault has no passphrase slot; unlock it with the keychain.</source>
        <translation>Det här valvet har ingen plats för lösenfras; lås upp det med nyckelringen.</translation>
    </message>
    <message>
        <source>This vault has no keychain slot; unlock it with the passphrase.</source>
        <translation>Det här valvet har ingen plats för nyckelringen; lås upp det med lösenfrasen.</translation>
    </message>
    <message>
        <source>The keychain key does not open this vault.</source>
        <translation>Nyckelringens nyckel öppnar inte det här valvet.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Fel lösenfras</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 är inte satt.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <source>A secret needs a name of reasonable length.</source>
        <translation>En hemlighet behöver ett namn av rimlig längd.</translation>
    </message>
    <message>
        <source>There is no secret named %1.</source>
        <translation>Det finns ingen hemlighet med namnet %1.</translation>
    </message>
    <message>
        <source>The secret %1 failed authentication: the vault file was damaged or altered.</source>
        <translation>Hemligheten %1 klarade inte autentiseringen: valvfilen har skadats eller ändrats.</translation>
    </message>
    <message>
        <source>The secret %1 is damaged.</source>
        <translation>Hemligheten %1 är skadad.</translation>
    </message>
    <message>
        <source>A backup cannot replace the vault itself.</source>
        <translation>En säkerhetskopia kan inte ersätta själva valvet.</translation>
    </message>
    <message>
        <source>The vault file is corrupt: %1. It was left unchanged; you can move it aside and start a new vault.</source>
        <translation>Valvfilen är skadad: %1. Den lämnades oförändrad; du kan flytta undan den och skapa ett nytt valv.</translation>
    </message>
</context>
<context>
    <name>opc::Environment</name>
    <message>
        <source>Local simulator</source>
        <translation>Lokal simulator</translation>
    </message>
    <message>
        <source>OP sandbox</source>
        <translation>OP:s sandlåda</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>opc::EnvironmentStore</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 vid position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was moved to %3 and the built-in environments are used.</source>
        <translation>%1 kunde inte läsas (%2); den flyttades till %3 och de inbyggda miljöerna används.</translation>
    </message>
    <message>
        <source>(could not be moved)</source>
        <translation>(kunde inte flyttas)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (schema %2); it is shown read-only and will not be changed.</source>
        <translation>%1 skrevs av en nyare version av konsolen (schema %2); den visas skrivskyddad och kommer inte att ändras.</translation>
    </message>
    <message>
        <source>The environments file is read-only.</source>
        <translation>Miljöfilen är skrivskyddad.</translation>
    </message>
    <message>
        <source>The %1 environment exists already.</source>
        <translation>Miljön %1 finns redan.</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>En miljö behöver ett namn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) base URL.</source>
        <translation>&quot;%1&quot; är inte en bas-URL för http(s).</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;.</source>
        <translation>Det finns ingen miljö &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The built-in environment &quot;%1&quot; cannot be removed.</source>
        <translation>Den inbyggda miljön &quot;%1&quot; kan inte tas bort.</translation>
    </message>
    <message>
        <source>Unlock the vault to store a secret variable.</source>
        <translation>Lås upp valvet för att spara en hemlig variabel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name.</source>
        <translation>&quot;%1&quot; är inte ett giltigt variabelnamn.</translation>
    </message>
    <message>
        <source>Unlock the vault to remove a secret variable.</source>
        <translation>Lås upp valvet för att ta bort en hemlig variabel.</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot; any more: choose another one for the application.</source>
        <translation>Miljön &quot;%1&quot; finns inte längre: välj en annan för applikationen.</translation>
    </message>
    <message>
        <source>The embedded simulator is not running.</source>
        <translation>Den inbäddade simulatorn körs inte.</translation>
    </message>
    <message>
        <source>The environment %1 has no base URL.</source>
        <translation>Miljön %1 har ingen bas-URL.</translation>
    </message>
</context>
<context>
    <name>opc::HistoryStore</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Kan inte skapa mappen %1 för historiken.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; history is not kept.</source>
        <translation>Qt:s SQLite-drivrutin saknas; ingen historik sparas.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Kan inte öppna historiken %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable history database (%2).</source>
        <translation>%1 är inte en läsbar historikdatabas (%2).</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used: %2</source>
        <translation>Historikdatabasen %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2).</source>
        <translation>%1 klarade inte integritetskontrollen (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not the console&apos;s history.</source>
        <translation>%1 är en SQLite-databas men inte konsolens historik.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of the console (schema %2, this version reads %3). It is left untouched and no history is kept.</source>
        <translation>Historiken %1 skrevs av en nyare version av konsolen (schema %2, den här versionen läser %3). Den lämnas orörd och ingen historik sparas.</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1 before upgrading it.</source>
        <translation>Kan inte säkerhetskopiera historiken till %1 innan den uppgraderas.</translation>
    </message>
    <message>
        <source>Cannot create the history: %1</source>
        <translation>Kan inte skapa historiken: %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1: %2</source>
        <translation>Kan inte uppgradera historiken %1: %2</translation>
    </message>
    <message>
        <source>The history was upgraded from schema %1 to %2; the old file was kept as %3.</source>
        <translation>Historiken uppgraderades från schema %1 till %2; den gamla filen sparades som %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 It was moved to %2 and a new, empty history was started.</source>
        <translation>%1 Den flyttades till %2 och en ny, tom historik startades.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Historiken är inte öppen.</translation>
    </message>
    <message>
        <source>The history %1 became unreadable (%2).</source>
        <translation>Historiken %1 blev oläslig (%2).</translation>
    </message>
    <message>
        <source>Cannot record the exchange in the history: %1</source>
        <translation>Kan inte registrera anropet i historiken: %1</translation>
    </message>
    <message>
        <source>Cannot record the exchange in the history.</source>
        <translation>Kan inte registrera anropet i historiken.</translation>
    </message>
    <message>
        <source>Cannot prune the history: %1</source>
        <translation>Kan inte gallra historiken: %1</translation>
    </message>
    <message>
        <source>The history kept the first %1 of %2 bytes of this body.</source>
        <translation>Historiken behöll de första %1 av %2 byte av det här innehållet.</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>Kan inte ta bort ur historiken: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Kan inte läsa historiken: %1</translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation>Kan inte rensa historiken: %1</translation>
    </message>
</context>
<context>
    <name>opc::HttpEngine</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation>Ingen anslutning till %1:%2 inom %3 s.</translation>
    </message>
    <message>
        <source>The request did not complete within the time limit of %1 s; %2 bytes of the body had arrived.</source>
        <translation>Begäran blev inte klar inom tidsgränsen på %1 s; %2 byte av innehållet hade kommit fram.</translation>
    </message>
    <message>
        <source>The response body could not be written to a temporary file (disk full?).</source>
        <translation>Svarets innehåll kunde inte skrivas till en tillfällig fil (är disken full?).</translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 MB; only the first %1 MB were kept (truncated).</source>
        <translation>Svaret är större än gränsen på %1 MB; bara de första %1 MB behölls (avkortat).</translation>
    </message>
    <message>
        <source>Truncated response: %1 of %2 bytes (the connection was closed early).</source>
        <translation>Avkortat svar: %1 av %2 byte (anslutningen stängdes i förtid).</translation>
    </message>
    <message>
        <source>Truncated response: the connection was closed after %1 bytes of the body.</source>
        <translation>Avkortat svar: anslutningen stängdes efter %1 byte av innehållet.</translation>
    </message>
    <message>
        <source>The compressed response expands far beyond its size (a decompression bomb); it was stopped.</source>
        <translation>Det komprimerade svaret expanderar långt utöver sin storlek (en dekomprimeringsbomb); det stoppades.</translation>
    </message>
    <message>
        <source>Truncated response: %1 of %2 bytes.</source>
        <translation>Avkortat svar: %1 av %2 byte.</translation>
    </message>
    <message>
        <source>The server requires a client certificate for this API: it ended the TLS handshake when none was presented.</source>
        <translation>Servern kräver ett klientcertifikat för det här API:et: den avslutade TLS-handskakningen när inget visades upp.</translation>
    </message>
    <message>
        <source>unknown CA</source>
        <translation>okänd CA</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgånget</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>bad certificate</source>
        <translation>ogiltigt certifikat</translation>
    </message>
    <message>
        <source>The server rejected your client certificate (%1).</source>
        <translation>Servern avvisade ditt klientcertifikat (%1).</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (407); set them in the network settings.</source>
        <translation>Proxyn %1 begär användarnamn och lösenord (407); ange dem i nätverksinställningarna.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the user &quot;%2&quot; and its password (407).</source>
        <translation>Proxyn %1 nekade användaren &quot;%2&quot; och dess lösenord (407).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used: %2</source>
        <translation>Proxyn %1 kunde inte användas: %2</translation>
    </message>
    <message>
        <source>Nothing is listening at %1:%2 (connection refused).</source>
        <translation>Ingenting lyssnar på %1:%2 (anslutningen nekades).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Värdnamnet %1 kunde inte slås upp.</translation>
    </message>
    <message>
        <source>The connection to %1:%2 timed out.</source>
        <translation>Tidsgränsen överskreds för anslutningen till %1:%2.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake: it may have rejected the client certificate.</source>
        <translation>Servern stängde anslutningen under TLS-handskakningen: den kan ha avvisat klientcertifikatet.</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake without answering: it most likely rejected your client certificate (%1).</source>
        <translation>Servern stängde anslutningen direkt efter TLS-handskakningen utan att svara: den avvisade troligen ditt klientcertifikat (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection before sending a response.</source>
        <translation>Servern stängde anslutningen innan den skickade ett svar.</translation>
    </message>
    <message>
        <source>The server only offers TLS 1.0/1.1, which the console refuses: TLS 1.2 or newer is required.</source>
        <translation>Servern erbjuder bara TLS 1.0/1.1, som konsolen vägrar använda: TLS 1.2 eller nyare krävs.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>TLS-handskakningen med %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Begäran till %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects (a loop?): %2</source>
        <translation>Stoppade efter %1 omdirigeringar (en slinga?): %2</translation>
    </message>
    <message>
        <source>The server redirected to an unusable location: %1</source>
        <translation>Servern omdirigerade till en oanvändbar plats: %1</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from https to plain http (%1): the request would travel unencrypted.</source>
        <translation>Vägrade följa en omdirigering från https till okrypterad http (%1): begäran skulle skickas okrypterad.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect to plain http on another computer (%1).</source>
        <translation>Vägrade följa en omdirigering till okrypterad http på en annan dator (%1).</translation>
    </message>
    <message>
        <source>Not following the %1 redirect to another origin (%2): it would re-send the request body there.</source>
        <translation>Följer inte %1-omdirigeringen till ett annat ursprung (%2): begärans innehåll skulle då skickas dit igen.</translation>
    </message>
    <message>
        <source> (credentials removed for another origin)</source>
        <translation> (inloggningsuppgifter borttagna för ett annat ursprung)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: the connection was refused.</source>
        <translation>Serverns certifikat gick ut den %1: anslutningen nekades.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1: the connection was refused.</source>
        <translation>Serverns certifikat är inte giltigt före %1: anslutningen nekades.</translation>
    </message>
    <message>
        <source>Host name mismatch: the server&apos;s certificate is not valid for %1.</source>
        <translation>Värdnamnet stämmer inte: serverns certifikat är inte giltigt för %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed and its issuer is not trusted for this environment.</source>
        <translation>Serverns certifikat är självsignerat och dess utfärdare är inte betrodd för den här miljön.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate issuer is not trusted for this environment (%1).</source>
        <translation>Utfärdaren av serverns certifikat är inte betrodd för den här miljön (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is unsuitable for this purpose (it is not a TLS server certificate).</source>
        <translation>Serverns certifikat är olämpligt för det här ändamålet (det är inte ett TLS-servercertifikat).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Serverns certifikat har återkallats.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was rejected: %1</source>
        <translation>Serverns certifikat avvisades: %1</translation>
    </message>
</context>
<context>
    <name>opc::HttpFileImporter</name>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Filen är större än %1 byte.</translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation>skript före begäran</translation>
    </message>
    <message>
        <source>response handler script is not imported and never run</source>
        <translation>skriptet för svarshantering importeras inte och körs aldrig</translation>
    </message>
    <message>
        <source>no request line</source>
        <translation>ingen begäransrad</translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation>fler än %1 begäranden; inte importerade</translation>
    </message>
    <message>
        <source>a body read from a file is not imported; the file was not read</source>
        <translation>innehåll som läses från en fil importeras inte; filen lästes inte</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
    <message>
        <source>No request found in the file.</source>
        <translation>Ingen begäran hittades i filen.</translation>
    </message>
</context>
<context>
    <name>opc::JwsSigner</name>
    <message>
        <source>A signed request needs the application&apos;s client certificate and its private key.</source>
        <translation>En signerad begäran behöver applikationens klientcertifikat och dess privata nyckel.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key cannot sign a JWS: it must be RSA (RS256) or an EC P-256 key (ES256).</source>
        <translation>Klientcertifikatets nyckel kan inte signera en JWS: den måste vara en RSA-nyckel (RS256) eller en EC P-256-nyckel (ES256).</translation>
    </message>
    <message>
        <source>The request body could not be signed.</source>
        <translation>Begärans innehåll kunde inte signeras.</translation>
    </message>
</context>
<context>
    <name>opc::KeySigner</name>
    <message>
        <source>The request could not be signed with the key.</source>
        <translation>Begäran kunde inte signeras med nyckeln.</translation>
    </message>
</context>
<context>
    <name>opc::KeychainVault</name>
    <message>
        <source>No keychain service is available: using the passphrase vault</source>
        <translation>Ingen nyckelringstjänst är tillgänglig: lösenfrasvalvet används</translation>
    </message>
    <message>
        <source>The keychain has no key for this vault yet.</source>
        <translation>Nyckelringen har ingen nyckel för det här valvet ännu.</translation>
    </message>
    <message>
        <source>The keychain refused to give the vault key: %1</source>
        <translation>Nyckelringen vägrade lämna ut valvnyckeln: %1</translation>
    </message>
    <message>
        <source>Unlock the vault with its passphrase first.</source>
        <translation>Lås upp valvet med dess lösenfras först.</translation>
    </message>
    <message>
        <source>The keychain refused to store the vault key: %1</source>
        <translation>Nyckelringen vägrade spara valvnyckeln: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms.</source>
        <translation>Nyckelringen svarade inte inom %1 ms.</translation>
    </message>
</context>
<context>
    <name>opc::LoopbackRedirect</name>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s redirect: %1</source>
        <translation>Kunde inte lyssna på 127.0.0.1 efter webbläsarens omdirigering: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>This address only takes the bank&apos;s redirect back to the console.</source>
        <translation>Den här adressen tar bara emot bankens omdirigering tillbaka till konsolen.</translation>
    </message>
    <message>
        <source>Consent not given</source>
        <translation>Samtycket gavs inte</translation>
    </message>
    <message>
        <source>The bank says the consent was not given. You can close this tab and return to OP Developer Console.</source>
        <translation>Banken meddelar att samtycket inte gavs. Du kan stänga den här fliken och återgå till OP Developer Console.</translation>
    </message>
    <message>
        <source>Consent received</source>
        <translation>Samtycket har tagits emot</translation>
    </message>
    <message>
        <source>The console has the bank&apos;s answer. You can close this tab and return to OP Developer Console.</source>
        <translation>Konsolen har fått bankens svar. Du kan stänga den här fliken och återgå till OP Developer Console.</translation>
    </message>
</context>
<context>
    <name>opc::OAuthRequests</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation> (%1: %2)</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access_token.</source>
        <translation>Tokenslutpunkten svarade utan access_token.</translation>
    </message>
</context>
<context>
    <name>opc::OpRsaSigner</name>
    <message>
        <source>the merchant&apos;s RSA private key is missing: bind a certificate with an RSA key to the application.</source>
        <translation>handlarens privata RSA-nyckel saknas: bind ett certifikat med en RSA-nyckel till applikationen.</translation>
    </message>
    <message>
        <source>the request could not be signed with the merchant&apos;s key.</source>
        <translation>begäran kunde inte signeras med handlarens nyckel.</translation>
    </message>
</context>
<context>
    <name>opc::OpenApiImporter</name>
    <message>
        <source>an OpenAPI JSON document</source>
        <translation>ett OpenAPI JSON-dokument</translation>
    </message>
    <message>
        <source>Only OpenAPI 3 JSON documents are supported.</source>
        <translation>Endast OpenAPI 3 JSON-dokument stöds.</translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation>fler än %1 begäranden; inte importerade</translation>
    </message>
    <message>
        <source>callbacks not imported</source>
        <translation>återanrop (callbacks) importerades inte</translation>
    </message>
</context>
<context>
    <name>opc::PostmanImporter</name>
    <message numerus="yes">
        <source>%n saved example response(s) are not imported</source>
        <translation>
            <numerusform>%n sparat exempelsvar importeras inte</numerusform>
            <numerusform>%n sparade exempelsvar importeras inte</numerusform>
        </translation>
    </message>
    <message>
        <source>a Postman collection</source>
        <translation>en Postman-samling</translation>
    </message>
    <message>
        <source>Not a Postman collection: no &quot;info&quot; and &quot;item&quot;.</source>
        <translation>Inte en Postman-samling: &quot;info&quot; och &quot;item&quot; saknas.</translation>
    </message>
    <message>
        <source>Unsupported Postman schema %1; export as Collection v2.1.</source>
        <translation>Postman-schemat %1 stöds inte; exportera som Collection v2.1.</translation>
    </message>
    <message numerus="yes">
        <source>applied to each of the %n request(s) beneath</source>
        <translation>
            <numerusform>tillämpas på %n begäran därunder</numerusform>
            <numerusform>tillämpas på var och en av de %n begärandena därunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) translated into assertions</source>
        <translation>
            <numerusform>%n skriptkontroll översattes till en kontroll</numerusform>
            <numerusform>%n skriptkontroller översattes till kontroller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) captured</source>
        <translation>
            <numerusform>%n variabel fångades</numerusform>
            <numerusform>%n variabler fångades</numerusform>
        </translation>
    </message>
    <message>
        <source>collection</source>
        <translation>samling</translation>
    </message>
    <message>
        <source>%1 (test script)</source>
        <translation>%1 (testskript)</translation>
    </message>
    <message>
        <source>%1 (test &quot;%2&quot;)</source>
        <translation>%1 (test &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>not translated: %1</source>
        <translation>inte översatt: %1</translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation>skript före begäran</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1-skript</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>scripts are not imported and never run</source>
        <translation>skript importeras inte och körs aldrig</translation>
    </message>
    <message>
        <source>not translated: there is no request beneath it to check</source>
        <translation>inte översatt: det finns ingen begäran under den att kontrollera</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>folders nested deeper than %1 levels are not imported</source>
        <translation>mappar som är nästlade djupare än %1 nivåer importeras inte</translation>
    </message>
    <message>
        <source>more than %1 requests; this and the following were not imported</source>
        <translation>fler än %1 begäranden; denna och följande importerades inte</translation>
    </message>
    <message>
        <source> (auth)</source>
        <translation> (autentisering)</translation>
    </message>
    <message>
        <source>auth type &quot;%1&quot; is not supported; the request was imported without it</source>
        <translation>autentiseringstypen &quot;%1&quot; stöds inte; begäran importerades utan den</translation>
    </message>
    <message>
        <source>%1 (saved responses)</source>
        <translation>%1 (sparade svar)</translation>
    </message>
    <message>
        <source>Content-Type %1 added from the body language</source>
        <translation>Content-Type %1 lades till utifrån innehållets språk</translation>
    </message>
    <message>
        <source>%1 (form-data file field %2)</source>
        <translation>%1 (filfältet %2 i form-data)</translation>
    </message>
    <message>
        <source>file fields are not imported; attach the file in the console</source>
        <translation>filfält importeras inte; bifoga filen i konsolen</translation>
    </message>
    <message>
        <source>GraphQL body converted to a JSON body</source>
        <translation>GraphQL-innehåll konverterades till JSON-innehåll</translation>
    </message>
    <message>
        <source>%1 (file body)</source>
        <translation>%1 (innehåll från fil)</translation>
    </message>
    <message>
        <source>a body read from a file is not imported</source>
        <translation>innehåll som läses från en fil importeras inte</translation>
    </message>
    <message>
        <source>%1 (body)</source>
        <translation>%1 (innehåll)</translation>
    </message>
    <message>
        <source>body mode &quot;%1&quot; is not supported</source>
        <translation>innehållsläget &quot;%1&quot; stöds inte</translation>
    </message>
</context>
<context>
    <name>opc::PostmanScripts</name>
    <message>
        <source>the script does not parse: %1 on line %2</source>
        <translation>skriptet kan inte tolkas: %1 på rad %2</translation>
    </message>
    <message>
        <source>a comment is not closed</source>
        <translation>en kommentar är inte avslutad</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>en sträng är inte avslutad</translation>
    </message>
    <message>
        <source>a regular expression is not closed</source>
        <translation>ett reguljärt uttryck är inte avslutat</translation>
    </message>
    <message>
        <source>the regular expression flag %1 is not translated</source>
        <translation>flaggan %1 för reguljära uttryck översätts inte</translation>
    </message>
    <message>
        <source>the regular expression /%1/ is not one the console can use (%2)</source>
        <translation>det reguljära uttrycket /%1/ kan inte användas av konsolen (%2)</translation>
    </message>
    <message>
        <source>a member name is missing after &apos;.&apos;</source>
        <translation>ett fältnamn saknas efter &apos;.&apos;</translation>
    </message>
    <message>
        <source>%1() is a method call, not a member of the JSON body</source>
        <translation>%1() är ett metodanrop, inte ett fält i JSON-innehållet</translation>
    </message>
    <message>
        <source>.length is a length, not a member of the JSON body</source>
        <translation>.length är en längd, inte ett fält i JSON-innehållet</translation>
    </message>
    <message>
        <source>only [0] and [&quot;key&quot;] index the JSON body here</source>
        <translation>bara [0] och [&quot;key&quot;] indexerar JSON-innehållet här</translation>
    </message>
    <message>
        <source>optional chaining (?.) is not translated</source>
        <translation>valfri kedjning (?.) översätts inte</translation>
    </message>
    <message>
        <source>the check does not go on with .to</source>
        <translation>kontrollen fortsätter inte med .to</translation>
    </message>
    <message>
        <source>negated checks (.not) are not translated</source>
        <translation>negerade kontroller (.not) översätts inte</translation>
    </message>
    <message>
        <source>the arguments of .%1 do not parse</source>
        <translation>argumenten till .%1 kan inte tolkas</translation>
    </message>
    <message>
        <source>a check that goes on after .%1 is not translated</source>
        <translation>en kontroll som fortsätter efter .%1 översätts inte</translation>
    </message>
    <message>
        <source>the check ends without saying what it checks</source>
        <translation>kontrollen slutar utan att ange vad den kontrollerar</translation>
    </message>
    <message>
        <source>.%1 is not a check the console translates</source>
        <translation>.%1 är inte en kontroll som konsolen översätter</translation>
    </message>
    <message>
        <source>the arguments of .%1 are not plain values</source>
        <translation>argumenten till .%1 är inte enkla värden</translation>
    </message>
    <message>
        <source>a status given by its reason phrase is not translated</source>
        <translation>en status som anges med sin statustext översätts inte</translation>
    </message>
    <message>
        <source>the jsonBody path is not a plain one</source>
        <translation>jsonBody-sökvägen är inte en enkel sökväg</translation>
    </message>
    <message>
        <source>the header is not named by a plain string</source>
        <translation>huvudet namnges inte med en enkel sträng</translation>
    </message>
    <message>
        <source>pm.expect(...) does not parse</source>
        <translation>pm.expect(...) kan inte tolkas</translation>
    </message>
    <message>
        <source>what it checks is not the status, a header, the response time or the JSON body</source>
        <translation>det som kontrolleras är inte status, ett huvud, svarstiden eller JSON-innehållet</translation>
    </message>
    <message>
        <source>the status code is compared with something that is not a number</source>
        <translation>statuskoden jämförs med något som inte är ett tal</translation>
    </message>
    <message>
        <source>oneOf holds something that is not a status code</source>
        <translation>oneOf innehåller något som inte är en statuskod</translation>
    </message>
    <message>
        <source>oneOf [%1] is not one unbroken range of status codes</source>
        <translation>oneOf [%1] är inte ett enda sammanhängande intervall av statuskoder</translation>
    </message>
    <message>
        <source>.match takes a regular expression literal here</source>
        <translation>.match kräver här ett reguljärt uttryck skrivet som literal</translation>
    </message>
    <message>
        <source>.%1 compares arrays and objects by identity, which never passes; use .eql</source>
        <translation>.%1 jämför arrayer och objekt efter identitet, vilket aldrig lyckas; använd .eql</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not one JSON has</source>
        <translation>typen &quot;%1&quot; finns inte i JSON</translation>
    </message>
    <message>
        <source>the variable is set in a way that is not translated</source>
        <translation>variabeln sätts på ett sätt som inte översätts</translation>
    </message>
    <message>
        <source>the variable is not named by a plain string</source>
        <translation>variabeln namnges inte med en enkel sträng</translation>
    </message>
    <message>
        <source>the value is not a member of the JSON body, a header or the first group of a body match</source>
        <translation>värdet är inte ett fält i JSON-innehållet, ett huvud eller den första gruppen i en träff i innehållet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code</source>
        <translation>&quot;%1&quot; är inte en statuskod</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range such as 200-299</source>
        <translation>&quot;%1&quot; är inte ett intervall som 200-299</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of milliseconds</source>
        <translation>&quot;%1&quot; är inte ett antal millisekunder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer (it starts with /)</source>
        <translation>&quot;%1&quot; är inte en JSON Pointer (en sådan börjar med /)</translation>
    </message>
    <message>
        <source>the script does not parse: its brackets do not match</source>
        <translation>skriptet kan inte tolkas: dess parenteser matchar inte</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>a check outside pm.test is not translated</source>
        <translation>en kontroll utanför pm.test översätts inte</translation>
    </message>
    <message>
        <source>the test is not written as pm.test(&quot;name&quot;, function () { ... })</source>
        <translation>testet är inte skrivet som pm.test(&quot;name&quot;, function () { ... })</translation>
    </message>
    <message>
        <source>a test function that takes arguments (done) is not translated</source>
        <translation>en testfunktion som tar argument (done) översätts inte</translation>
    </message>
    <message>
        <source>the test&apos;s brackets do not match</source>
        <translation>testets parenteser matchar inte</translation>
    </message>
    <message>
        <source>the test checks nothing the console can run</source>
        <translation>testet kontrollerar inget som konsolen kan köra</translation>
    </message>
    <message>
        <source>only variables holding pm.response.json() or a part of it are translated</source>
        <translation>bara variabler som innehåller pm.response.json() eller en del av det översätts</translation>
    </message>
    <message>
        <source>a pm.test inside a pm.test is not translated</source>
        <translation>ett pm.test inuti ett pm.test översätts inte</translation>
    </message>
    <message>
        <source>conditions, loops and try blocks are not translated</source>
        <translation>villkor, loopar och try-block översätts inte</translation>
    </message>
    <message>
        <source>pm.sendRequest sends another request, which the console&apos;s runner does not do</source>
        <translation>pm.sendRequest skickar ytterligare en begäran, vilket konsolens körare inte gör</translation>
    </message>
    <message>
        <source>setNextRequest changes the order of the run, which the console&apos;s runner keeps</source>
        <translation>setNextRequest ändrar körningens ordning, som konsolens körare behåller</translation>
    </message>
    <message>
        <source>the old tests[&quot;...&quot;] = ... form is not translated</source>
        <translation>den gamla formen tests[&quot;...&quot;] = ... översätts inte</translation>
    </message>
    <message>
        <source>functions are not translated</source>
        <translation>funktioner översätts inte</translation>
    </message>
    <message>
        <source>only pm.test checks, pm.response.json() variables and variable captures are translated</source>
        <translation>bara pm.test-kontroller, pm.response.json()-variabler och variabelfångster översätts</translation>
    </message>
</context>
<context>
    <name>opc::ProductCatalog</name>
    <message>
        <source>product &quot;%1&quot; has no name.</source>
        <translation>produkten &quot;%1&quot; saknar namn.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no version.</source>
        <translation>produkten &quot;%1&quot; saknar version.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no basePath starting with &quot;/&quot;.</source>
        <translation>produkten &quot;%1&quot; saknar en basePath som börjar med &quot;/&quot;.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has the unknown securityLevel &quot;%2&quot; (known: %3).</source>
        <translation>produkten &quot;%1&quot; har okänd securityLevel &quot;%2&quot; (kända: %3).</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has the unknown tokenHeader &quot;%2&quot; (known: x-authorization, Authorization).</source>
        <translation>produkten &quot;%1&quot; har okänd tokenHeader &quot;%2&quot; (kända: x-authorization, Authorization).</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has the unknown signature &quot;%2&quot; (known: %3).</source>
        <translation>produkten &quot;%1&quot; har okänd signature &quot;%2&quot; (kända: %3).</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; does not say true or false for mtls.</source>
        <translation>produkten &quot;%1&quot; anger inte true eller false för mtls.</translation>
    </message>
    <message>
        <source>the pathPrefixes of product &quot;%1&quot; are not a list.</source>
        <translation>pathPrefixes för produkten &quot;%1&quot; är inte en lista.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has a path prefix that does not start with &quot;/&quot;.</source>
        <translation>produkten &quot;%1&quot; har ett sökvägsprefix som inte börjar med &quot;/&quot;.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no endpoints list.</source>
        <translation>produkten &quot;%1&quot; saknar listan endpoints.</translation>
    </message>
    <message>
        <source>endpoint %1 of product &quot;%2&quot; lacks a method or a path starting with &quot;/&quot;.</source>
        <translation>slutpunkt %1 i produkten &quot;%2&quot; saknar metod eller en sökväg som börjar med &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the headers of endpoint %1 of product &quot;%2&quot; are not an object.</source>
        <translation>HTTP-huvudena för slutpunkt %1 i produkten &quot;%2&quot; är inte ett objekt.</translation>
    </message>
    <message>
        <source>The product catalogue is damaged: %1</source>
        <translation>Produktkatalogen är skadad: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>den är inte giltig JSON (%1 vid byte %2).</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>den är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>it has no &quot;products&quot; list.</source>
        <translation>den saknar listan &quot;products&quot;.</translation>
    </message>
    <message>
        <source>product %1 is not a JSON object.</source>
        <translation>produkt %1 är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>product %1 has no id.</source>
        <translation>produkt %1 saknar id.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by two products.</source>
        <translation>id:t &quot;%1&quot; används av två produkter.</translation>
    </message>
</context>
<context>
    <name>opc::QuotaTracker</name>
    <message>
        <source>The quota file was unreadable and was moved to %1.</source>
        <translation>Kvotfilen var oläslig och flyttades till %1.</translation>
    </message>
    <message>
        <source>The quota file is from a newer version; it was left untouched.</source>
        <translation>Kvotfilen kommer från en nyare version; den lämnades orörd.</translation>
    </message>
    <message>
        <source>The server answered 429: this application&apos;s rate limit is used up. Sending to its quota&apos;d APIs is paused until %1 (in %2 s), unless you choose to send anyway.</source>
        <translation>Servern svarade 429: applikationens anropsgräns är förbrukad. Sändningar till dess kvotbegränsade API:er pausas till %1 (om %2 s), om du inte väljer att skicka ändå.</translation>
    </message>
</context>
<context>
    <name>opc::RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP method; nothing was sent.</source>
        <translation>&quot;%1&quot; är inte en giltig HTTP-metod; ingenting skickades.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only); nothing was sent.</source>
        <translation>Namnet på HTTP-huvudet &quot;%1&quot; är ogiltigt (endast bokstäver, siffror och !#$%&amp;&apos;*+-.^_`|~); ingenting skickades.</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains a line break, NUL or another control character; nothing was sent.</source>
        <translation>Värdet i HTTP-huvudet &quot;%1&quot; innehåller en radbrytning, NUL eller ett annat styrtecken; ingenting skickades.</translation>
    </message>
    <message>
        <source>The application&apos;s credentials are bound to %1 and are not sent to %2; nothing was sent.</source>
        <translation>Applikationens inloggningsuppgifter är bundna till %1 och skickas inte till %2; ingenting skickades.</translation>
    </message>
    <message>
        <source>The API key contains a line break or control character; nothing was sent.</source>
        <translation>API-nyckeln innehåller en radbrytning eller ett styrtecken; ingenting skickades.</translation>
    </message>
    <message>
        <source>The token contains a line break or control character; nothing was sent.</source>
        <translation>Tokenvärdet innehåller en radbrytning eller ett styrtecken; ingenting skickades.</translation>
    </message>
    <message>
        <source>The token header name &quot;%1&quot; is not valid.</source>
        <translation>Namnet på tokenhuvudet &quot;%1&quot; är ogiltigt.</translation>
    </message>
    <message>
        <source>A secret in this request is bound to %1 and is not sent to %2; nothing was sent.</source>
        <translation>En hemlighet i den här begäran är bunden till %1 och skickas inte till %2; ingenting skickades.</translation>
    </message>
    <message>
        <source>This API requires an HMAC signature, but the application has no API secret; nothing was sent.</source>
        <translation>Detta API kräver en HMAC-signatur, men applikationen har ingen API-hemlighet; ingenting skickades.</translation>
    </message>
    <message>
        <source>The API secret is bound to %1 and is not used for %2; nothing was sent.</source>
        <translation>API-hemligheten är bunden till %1 och används inte för %2; ingenting skickades.</translation>
    </message>
    <message>
        <source>%1 wants the body signed in x-jws-signature: %2 Nothing was sent.</source>
        <translation>%1 kräver att innehållet signeras i x-jws-signature: %2 Ingenting skickades.</translation>
    </message>
    <message>
        <source>%1 signs every request with the merchant&apos;s key, and the application has no merchant id: set it in the application manager. Nothing was sent.</source>
        <translation>%1 signerar varje begäran med handlarens nyckel, och applikationen har inget handlar-id: ange det i applikationshanteraren. Ingenting skickades.</translation>
    </message>
    <message>
        <source>%1 signs every request: %2 Nothing was sent.</source>
        <translation>%1 signerar varje begäran: %2 Ingenting skickades.</translation>
    </message>
    <message>
        <source>The secret {{secret:%1}} is not in the vault; nothing was sent.</source>
        <translation>Hemligheten {{secret:%1}} finns inte i valvet; ingenting skickades.</translation>
    </message>
    <message>
        <source>{{%1}} cannot go in a URL, where logs and proxies would keep it; nothing was sent.</source>
        <translation>{{%1}} kan inte stå i en URL, där loggar och proxyer skulle spara den; ingenting skickades.</translation>
    </message>
    <message>
        <source>{{%1}} is used, but the application has no %2; nothing was sent.</source>
        <translation>{{%1}} används, men applikationen har ingen %2; ingenting skickades.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-hemlighet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>The variables in this request expand to more than %1 MB; nothing was sent.</source>
        <translation>Variablerna i den här begäran expanderas till mer än %1 MB; ingenting skickades.</translation>
    </message>
    <message>
        <source>The variable {{%1}} is not defined in the environment &quot;%2&quot; or in the collection; nothing was sent.</source>
        <translation>Variabeln {{%1}} är inte definierad i miljön &quot;%2&quot; eller i samlingen; ingenting skickades.</translation>
    </message>
    <message>
        <source>The variable {{%1}} refers back to itself through %2; nothing was sent.</source>
        <translation>Variabeln {{%1}} hänvisar tillbaka till sig själv via %2; ingenting skickades.</translation>
    </message>
    <message>
        <source>The URL contains a control character (such as a line break); nothing was sent.</source>
        <translation>URL:en innehåller ett styrtecken (till exempel en radbrytning); ingenting skickades.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be sent.</source>
        <translation>Endast http- och https-URL:er kan skickas.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; has no base URL, so the path &quot;%2&quot; cannot be sent.</source>
        <translation>Miljön &quot;%1&quot; har ingen bas-URL, så sökvägen &quot;%2&quot; kan inte skickas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; nothing was sent.</source>
        <translation>&quot;%1&quot; är inte en giltig URL; ingenting skickades.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>Okrypterad http:// tillåts bara till den här datorn (loopback); använd https:// för %1.</translation>
    </message>
</context>
<context>
    <name>opc::RevocationCheck</name>
    <message>
        <source>The CRL file %1 cannot be read: %2</source>
        <translation>CRL-filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate revocation list (PEM or DER).</source>
        <translation>%1 innehåller ingen lista över återkallade certifikat (PEM eller DER).</translation>
    </message>
    <message>
        <source>The CRL in %1 could not be encoded.</source>
        <translation>CRL:en i %1 kunde inte kodas.</translation>
    </message>
    <message>
        <source>Revocation not checked: no CRL is configured for this environment (the console fetches no CRL and asks no OCSP responder).</source>
        <translation>Återkallelse inte kontrollerad: ingen CRL är konfigurerad för den här miljön (konsolen hämtar ingen CRL och frågar ingen OCSP-responder).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate &quot;%1&quot; (serial %2) is revoked: the CRL of %3 lists it since %4.</source>
        <translation>Serverns certifikat &quot;%1&quot; (serienummer %2) är återkallat: CRL:en från %3 listar det sedan %4.</translation>
    </message>
    <message numerus="yes">
        <source>Revocation checked against %n configured CRL(s): not revoked.</source>
        <translation>
            <numerusform>Återkallelse kontrollerad mot %n konfigurerad CRL: inte återkallat.</numerusform>
            <numerusform>Återkallelse kontrollerad mot %n konfigurerade CRL:er: inte återkallat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revocation not checked: none of the configured CRLs is from this server&apos;s certificate issuers.</source>
        <translation>Återkallelse inte kontrollerad: ingen av de konfigurerade CRL:erna kommer från utfärdarna av serverns certifikat.</translation>
    </message>
    <message>
        <source>Revocation not checked: the CRL of %1 is not signed by that issuer&apos;s key.</source>
        <translation>Återkallelse inte kontrollerad: CRL:en från %1 är inte signerad med utfärdarens nyckel.</translation>
    </message>
</context>
<context>
    <name>opc::RunData</name>
    <message>
        <source>cannot read the data file %1: %2</source>
        <translation>kan inte läsa datafilen %1: %2</translation>
    </message>
    <message>
        <source>the data file %1 is not a JSON array of objects</source>
        <translation>datafilen %1 är inte en JSON-array med objekt</translation>
    </message>
    <message>
        <source>line %1 of %2 has %3 fields, the header %4</source>
        <translation>rad %1 i %2 har %3 fält, rubrikraden %4</translation>
    </message>
</context>
<context>
    <name>opc::RunReport</name>
    <message>
        <source>%1 [iteration %2]</source>
        <translation>%1 [iteration %2]</translation>
    </message>
    <message>
        <source>collection run</source>
        <translation>samlingskörning</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>godkänd: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>MISSLYCKAD: %1</translation>
    </message>
    <message>
        <source>Collection run</source>
        <translation>Samlingskörning</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 godkända</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 misslyckade</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 överhoppade</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed, %3 ms in all</source>
        <translation>%1 av %2 kontroller godkändes, %3 ms totalt</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppad: %1</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Svarstider</translation>
    </message>
    <message>
        <source>%1 requests up to %2 ms</source>
        <translation>%1 begäranden upp till %2 ms</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tid (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>ÖVERHOPPAD</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>GODKÄND</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>MISSLYCKAD</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>capture: %1</source>
        <translation>fångst: %1</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed in %3 ms</source>
        <translation>%1 av %2 kontroller godkändes på %3 ms</translation>
    </message>
</context>
<context>
    <name>opc::SecretRedactor</name>
    <message>
        <source>%1: %2 replaced by {{secret:%3}}</source>
        <translation>%1: %2 ersattes med {{secret:%3}}</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>variabel %1</translation>
    </message>
    <message>
        <source>%1: header %2</source>
        <translation>%1: HTTP-huvudet %2</translation>
    </message>
    <message>
        <source>%1: query %2</source>
        <translation>%1: frågeparametern %2</translation>
    </message>
    <message>
        <source>%1: URL</source>
        <translation>%1: URL</translation>
    </message>
    <message>
        <source>%1: body</source>
        <translation>%1: innehåll</translation>
    </message>
</context>
<context>
    <name>opc::StatusSemantics</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The request has been completed successfully.</source>
        <translation>Begäran har slutförts.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>The resource has been successfully created.</source>
        <translation>Resursen har skapats.</translation>
    </message>
    <message>
        <source>BAD REQUEST</source>
        <translation>BAD REQUEST</translation>
    </message>
    <message>
        <source>Some headers, parameters, or payload contents are missing or invalid. Retrying the same request again will not succeed.</source>
        <translation>Vissa HTTP-huvuden, parametrar eller delar av innehållet saknas eller är ogiltiga. Att skicka samma begäran igen kommer inte att lyckas.</translation>
    </message>
    <message>
        <source>Fix the request before sending it again: retrying it unchanged will not succeed.</source>
        <translation>Rätta begäran innan du skickar den igen: ett nytt försök utan ändringar lyckas inte.</translation>
    </message>
    <message>
        <source>UNAUTHORIZED</source>
        <translation>UNAUTHORIZED</translation>
    </message>
    <message>
        <source>Invalid or missing authentication/authorization.</source>
        <translation>Ogiltig eller saknad autentisering/auktorisering.</translation>
    </message>
    <message>
        <source>Check the API key, the token and its header, and the signature; retrying unchanged will not succeed.</source>
        <translation>Kontrollera API-nyckeln, token och dess huvud samt signaturen; ett nytt försök utan ändringar lyckas inte.</translation>
    </message>
    <message>
        <source>FORBIDDEN</source>
        <translation>FORBIDDEN</translation>
    </message>
    <message>
        <source>The authenticated/authorized user or application does not have access rights to the requested resource.</source>
        <translation>Den autentiserade/auktoriserade användaren eller applikationen har inte åtkomsträttigheter till den begärda resursen.</translation>
    </message>
    <message>
        <source>Subscribe the application to this API product or use a token with access; retrying unchanged will not succeed.</source>
        <translation>Prenumerera på den här API-produkten för applikationen eller använd en token med åtkomst; ett nytt försök utan ändringar lyckas inte.</translation>
    </message>
    <message>
        <source>TOO MANY REQUESTS</source>
        <translation>TOO MANY REQUESTS</translation>
    </message>
    <message>
        <source>The client application has exceeded its rate limit. The application must wait until the limit expires.</source>
        <translation>Klientapplikationen har överskridit sin anropsgräns. Applikationen måste vänta tills begränsningen upphör.</translation>
    </message>
    <message>
        <source>INTERNAL SERVER ERROR</source>
        <translation>INTERNAL SERVER ERROR</translation>
    </message>
    <message>
        <source>A system error prevented the operation from being completed.</source>
        <translation>Ett systemfel hindrade åtgärden från att slutföras.</translation>
    </message>
    <message>
        <source>The error may be temporary: retry later.</source>
        <translation>Felet kan vara tillfälligt: försök igen senare.</translation>
    </message>
    <message>
        <source>SERVICE UNAVAILABLE</source>
        <translation>SERVICE UNAVAILABLE</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable due to e.g. overload or maintenance.</source>
        <translation>Tjänsten är tillfälligt otillgänglig, t.ex. på grund av överbelastning eller underhåll.</translation>
    </message>
    <message>
        <source>Retry later, when the service is available again.</source>
        <translation>Försök igen senare, när tjänsten är tillgänglig igen.</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>LYCKAD</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Begäran lyckades.</translation>
    </message>
    <message>
        <source>REDIRECT</source>
        <translation>OMDIRIGERING</translation>
    </message>
    <message>
        <source>The resource is at another location.</source>
        <translation>Resursen finns på en annan plats.</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>NOT FOUND</translation>
    </message>
    <message>
        <source>The requested resource or path does not exist; check the API version in the path.</source>
        <translation>Den begärda resursen eller sökvägen finns inte; kontrollera API-versionen i sökvägen.</translation>
    </message>
    <message>
        <source>Check the path: retrying unchanged will not succeed.</source>
        <translation>Kontrollera sökvägen: ett nytt försök utan ändringar lyckas inte.</translation>
    </message>
    <message>
        <source>METHOD NOT ALLOWED</source>
        <translation>METHOD NOT ALLOWED</translation>
    </message>
    <message>
        <source>This resource does not support the method used.</source>
        <translation>Den här resursen stöder inte den använda metoden.</translation>
    </message>
    <message>
        <source>PAYLOAD TOO LARGE</source>
        <translation>PAYLOAD TOO LARGE</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts.</source>
        <translation>Begärans innehåll är större än servern accepterar.</translation>
    </message>
    <message>
        <source>CLIENT ERROR</source>
        <translation>KLIENTFEL</translation>
    </message>
    <message>
        <source>The server could not accept the request as sent.</source>
        <translation>Servern kunde inte ta emot begäran i den form den skickades.</translation>
    </message>
    <message>
        <source>SERVER ERROR</source>
        <translation>SERVERFEL</translation>
    </message>
    <message>
        <source>The server failed to complete the request.</source>
        <translation>Servern kunde inte slutföra begäran.</translation>
    </message>
    <message>
        <source>UNKNOWN STATUS</source>
        <translation>OKÄND STATUS</translation>
    </message>
    <message>
        <source>The server answered with a status code outside the HTTP ranges.</source>
        <translation>Servern svarade med en statuskod utanför HTTP-intervallen.</translation>
    </message>
    <message>
        <source>No retry is likely to succeed without server side maintenance measures.</source>
        <translation>Inget nytt försök lyckas sannolikt utan underhållsåtgärder på serversidan.</translation>
    </message>
    <message>
        <source>The error may be temporary and the request may be retried later.</source>
        <translation>Felet kan vara tillfälligt, och begäran kan skickas igen senare.</translation>
    </message>
    <message>
        <source>Some part of the operation went wrong, but the operation was nonetheless successful.</source>
        <translation>En del av åtgärden misslyckades, men åtgärden lyckades ändå.</translation>
    </message>
    <message>
        <source>Wait until the rate limit resets (the Retry-After or X-RateLimit-Reset header says when), then retry.</source>
        <translation>Vänta tills anropsgränsen nollställs (huvudet Retry-After eller X-RateLimit-Reset anger när) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Use a method the resource supports: retrying unchanged will not succeed.</source>
        <translation>Använd en metod som resursen stöder: ett nytt försök utan ändringar lyckas inte.</translation>
    </message>
    <message>
        <source>Send a smaller body: retrying unchanged will not succeed.</source>
        <translation>Skicka mindre innehåll: ett nytt försök utan ändringar lyckas inte.</translation>
    </message>
    <message>
        <source>The request succeeded with warnings: some part of the operation went wrong, but the operation was nonetheless successful.</source>
        <translation>Begäran lyckades med varningar: en del av åtgärden misslyckades, men åtgärden lyckades ändå.</translation>
    </message>
    <message>
        <source>The request succeeded, but the response lists errors: read them before relying on the result.</source>
        <translation>Begäran lyckades, men svaret listar fel: läs dem innan du förlitar dig på resultatet.</translation>
    </message>
    <message>
        <source>The server side needs maintenance before this request can succeed: retry later, not right away.</source>
        <translation>Serversidan behöver underhåll innan den här begäran kan lyckas: försök igen senare, inte direkt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>opc::SupportBundle</name>
    <message>
        <source>OP API support bundle</source>
        <translation>Supportpaket för OP API</translation>
    </message>
    <message>
        <source>(redacted: no credentials, no request or response body)</source>
        <translation>(maskerat: inga inloggningsuppgifter, inget innehåll från begäran eller svaret)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Misslyckande</translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation>Felkod</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
</context>
<context>
    <name>opc::TlsProfile</name>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong or the file is damaged.</source>
        <translation>PKCS#12-filen kunde inte öppnas: lösenordet är fel eller filen är skadad.</translation>
    </message>
    <message>
        <source>No certificate found in %1.</source>
        <translation>Inget certifikat hittades i %1.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Nyckelfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>No usable private key in %1 (RSA or EC, PEM).</source>
        <translation>Ingen användbar privat nyckel i %1 (RSA eller EC, PEM).</translation>
    </message>
    <message>
        <source>No CA certificate found in %1.</source>
        <translation>Inget CA-certifikat hittades i %1.</translation>
    </message>
</context>
<context>
    <name>opc::Token</name>
    <message>
        <source>Static token %1</source>
        <translation>Statisk token %1</translation>
    </message>
    <message>
        <source>Custom token</source>
        <translation>Egen token</translation>
    </message>
</context>
<context>
    <name>opc::VaultCrypto</name>
    <message>
        <source>The key derivation parameters are not supported.</source>
        <translation>Parametrarna för nyckelhärledning stöds inte.</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL.</source>
        <translation>scrypt är inte tillgängligt i den här OpenSSL-versionen.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>Nyckelhärledningen misslyckades.</translation>
    </message>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation>Krypteringsnyckeln har fel storlek.</translation>
    </message>
    <message>
        <source>AES-256-GCM is not available.</source>
        <translation>AES-256-GCM är inte tillgängligt.</translation>
    </message>
    <message>
        <source>The encryption failed.</source>
        <translation>Krypteringen misslyckades.</translation>
    </message>
    <message>
        <source>failed authentication</source>
        <translation>autentiseringen misslyckades</translation>
    </message>
</context>
<context>
    <name>opc::ui::About</name>
    <message>
        <source>not available</source>
        <translation>inte tillgängligt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OP Developer Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for OP Financial Group&apos;s developer APIs, with an embedded simulator of the sandbox.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TLS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KSyntaxHighlighting&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;OP Developer Console %1&lt;/h3&gt;&lt;p&gt;En skrivbordskonsol för OP Gruppens utvecklar-API:er, med en inbyggd simulator av sandlådan.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (byggd med %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TLS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KSyntaxHighlighting&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About OP Developer Console</source>
        <translation>Om OP Developer Console</translation>
    </message>
</context>
<context>
    <name>opc::ui::ApplicationManagerPane</name>
    <message>
        <source>HMAC</source>
        <translation>HMAC</translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation>ömsesidig TLS</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · token in %4</source>
        <translation>%1 %2 · %3 · token i %4</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applikationer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>New application in the local simulator, registered there at once (Ctrl+N)</source>
        <translation>Ny applikation i den lokala simulatorn, registreras där direkt (Ctrl+N)</translation>
    </message>
    <message>
        <source>In the local simulator</source>
        <translation>I den lokala simulatorn</translation>
    </message>
    <message>
        <source>In the OP sandbox (paste key and secret from the portal)</source>
        <translation>I OP:s sandlåda (klistra in nyckel och hemlighet från portalen)</translation>
    </message>
    <message>
        <source>In production (paste key and secret)</source>
        <translation>I produktion (klistra in nyckel och hemlighet)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Ny applikation</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the application and its key and secret (Delete; Ctrl+Z brings it back)</source>
        <translation>Ta bort applikationen och dess nyckel och hemlighet (Delete; Ctrl+Z återställer den)</translation>
    </message>
    <message>
        <source>Set &amp;active</source>
        <translation>Gör &amp;aktiv</translation>
    </message>
    <message>
        <source>The next request uses this application&apos;s key, secret and certificate</source>
        <translation>Nästa begäran använder den här applikationens nyckel, hemlighet och certifikat</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>Kopiera API-nyckeln till urklipp</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>API-nyckeln finns i urklipp.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show or hide the API secret</source>
        <translation>Visa eller dölj API-hemligheten</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Copy the API secret to the clipboard</source>
        <translation>Kopiera API-hemligheten till urklipp</translation>
    </message>
    <message>
        <source>The API secret is on the clipboard.</source>
        <translation>API-hemligheten finns i urklipp.</translation>
    </message>
    <message>
        <source>&amp;Paste key and secret</source>
        <translation>&amp;Klistra in nyckel och hemlighet</translation>
    </message>
    <message>
        <source>Fill both fields from a copied &quot;key: … secret: …&quot; block</source>
        <translation>Fyll i båda fälten från ett kopierat block av formen &quot;key: … secret: …&quot;</translation>
    </message>
    <message>
        <source>API products</source>
        <translation>API-produkter</translation>
    </message>
    <message>
        <source>The client certificate presented for this application&apos;s mutual-TLS APIs</source>
        <translation>Klientcertifikatet som uppvisas för den här applikationens API:er med ömsesidig TLS</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>M&amp;iljö:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-n&amp;yckel:</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API-&amp;hemlighet:</translation>
    </message>
    <message>
        <source>API &amp;products:</source>
        <translation>API-&amp;produkter:</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>Säkerhetsnivå:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>K&amp;lientcertifikat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>%1 (no product chosen)</source>
        <translation>%1 (ingen produkt vald)</translation>
    </message>
    <message>
        <source>; needs a client certificate for mutual TLS</source>
        <translation>; kräver ett klientcertifikat för ömsesidig TLS</translation>
    </message>
    <message>
        <source>; requests are HMAC-signed with the API secret</source>
        <translation>; begäranden HMAC-signeras med API-hemligheten</translation>
    </message>
    <message>
        <source>vault locked</source>
        <translation>valvet låst</translation>
    </message>
    <message>
        <source>%1 (vault locked)</source>
        <translation>%1 (valvet låst)</translation>
    </message>
    <message>
        <source>%1… (not in the certificate store)</source>
        <translation>%1… (finns inte i certifikatlagret)</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Inte skapad: %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>skapande av %1</translation>
    </message>
    <message>
        <source>Created %1 and registered it in the local simulator.</source>
        <translation>Skapade %1 och registrerade den i den lokala simulatorn.</translation>
    </message>
    <message>
        <source>Created %1: paste its key and secret from the portal.</source>
        <translation>Skapade %1: klistra in dess nyckel och hemlighet från portalen.</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>Välj en applikation först.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Inte duplicerad: %1</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>duplicering av %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Skapade %1.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Inte borttagen: %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>borttagning av %1</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 är tillbaka.</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back).</source>
        <translation>Tog bort %1 (Ctrl+Z återställer den).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>redigering av %1</translation>
    </message>
    <message>
        <source>Saved, but the certificate was not bound: %1</source>
        <translation>Sparat, men certifikatet kopplades inte: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>No key or secret found in the pasted text.</source>
        <translation>Ingen nyckel eller hemlighet hittades i den inklistrade texten.</translation>
    </message>
    <message>
        <source>Key and secret pasted; Save keeps them in the vault.</source>
        <translation>Nyckel och hemlighet inklistrade; Spara lagrar dem i valvet.</translation>
    </message>
    <message>
        <source>Only a key was found; Save keeps it in the vault.</source>
        <translation>Bara en nyckel hittades; Spara lagrar den i valvet.</translation>
    </message>
    <message>
        <source>Only a secret was found; Save keeps it in the vault.</source>
        <translation>Bara en hemlighet hittades; Spara lagrar den i valvet.</translation>
    </message>
    <message>
        <source>The next request uses %1.</source>
        <translation>Nästa begäran använder %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Ångra %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>%1, the level of its product</source>
        <translation>%1, nivån för dess produkt</translation>
    </message>
    <message>
        <source>%1, the highest of its %2 products</source>
        <translation>%1, den högsta av dess %2 produkter</translation>
    </message>
    <message>
        <source>RSA signature</source>
        <translation>RSA-signatur</translation>
    </message>
    <message>
        <source>JWS signature</source>
        <translation>JWS-signatur</translation>
    </message>
    <message>
        <source>OP Online Payment only</source>
        <translation>Endast OP Online Payment</translation>
    </message>
    <message>
        <source>The merchant id OP gave for Online Payment; the client certificate&apos;s RSA key signs its requests</source>
        <translation>Handlar-id:t som OP gav för Online Payment; klientcertifikatets RSA-nyckel signerar dess begäranden</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>Han&amp;dlar-id:</translation>
    </message>
    <message>
        <source>The embedded simulator is not running.</source>
        <translation>Den inbyggda simulatorn körs inte.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuthPanel</name>
    <message>
        <source>end user with 6 accounts (OP&apos;s recorded sandbox data)</source>
        <translation>slutanvändare med 6 konton (OP:s inspelade data från sandlådan)</translation>
    </message>
    <message>
        <source>end user with 10 accounts (OP&apos;s Accounts v1 sample)</source>
        <translation>slutanvändare med 10 konton (OP:s exempel från Accounts v1)</translation>
    </message>
    <message>
        <source>end user with a current and a savings account</source>
        <translation>slutanvändare med ett brukskonto och ett sparkonto</translation>
    </message>
    <message>
        <source>end user with one current account</source>
        <translation>slutanvändare med ett brukskonto</translation>
    </message>
    <message>
        <source>The header and the &quot;Bearer &quot; prefix are chosen in the toolbar; custom tokens are added there and kept in the vault.</source>
        <translation>HTTP-huvudet och prefixet &quot;Bearer &quot; väljs i verktygsfältet; egna token läggs till där och sparas i valvet.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · custom, value in the vault</source>
        <translation>%1 · egen, värdet i valvet</translation>
    </message>
    <message>
        <source>The next request sends %1.</source>
        <translation>Nästa begäran skickar %1.</translation>
    </message>
</context>
<context>
    <name>opc::ui::BodyView</name>
    <message>
        <source>⚠ The body is not valid UTF-8: undecodable bytes are shown as �.</source>
        <translation>⚠ Innehållet är inte giltig UTF-8: byte som inte kan avkodas visas som �.</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Sök i innehållet</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>söker…</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>inga träffar</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>opc::ui::CatalogTree</name>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · mTLS</source>
        <translation>%1 · mTLS</translation>
    </message>
    <message>
        <source>%1 · token in %2 · signature %3</source>
        <translation>%1 · token i %2 · signatur %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::CertificatePane</name>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bitar</translation>
    </message>
    <message>
        <source>any (no extended key usage)</source>
        <translation>alla (ingen utökad nyckelanvändning)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Ta bort certifikat</translation>
    </message>
    <message>
        <source>Client certificates for mutual TLS. Private keys are kept in the vault, never in plain files. Drop .p12, .pfx or .pem files here to import them.</source>
        <translation>Klientcertifikat för ömsesidig TLS. Privata nycklar sparas i valvet, aldrig i vanliga filer. Släpp .p12-, .pfx- eller .pem-filer här för att importera dem.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Get a test certificate from the local simulator</source>
        <translation>Hämta ett testcertifikat från den lokala simulatorn</translation>
    </message>
    <message>
        <source>Available when the local simulator runs.</source>
        <translation>Tillgängligt när den lokala simulatorn körs.</translation>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation>Exportera offentligt certifikat…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Utökad nyckelanvändning</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>Kopplat till</translation>
    </message>
    <message>
        <source>application name or API key</source>
        <translation>applikationens namn eller API-nyckel</translation>
    </message>
    <message>
        <source>every host, or e.g. *.op.fi, sandbox.apis.op.fi</source>
        <translation>alla värdar, eller t.ex. *.op.fi, sandbox.apis.op.fi</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Unbind application</source>
        <translation>Koppla från applikation</translation>
    </message>
    <message>
        <source>Bind to application:</source>
        <translation>Koppla till applikation:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Värdar:</translation>
    </message>
    <message>
        <source>Enter the application to unbind.</source>
        <translation>Ange applikationen som ska kopplas från.</translation>
    </message>
    <message>
        <source>%1 no longer presents a client certificate.</source>
        <translation>%1 uppvisar inte längre något klientcertifikat.</translation>
    </message>
    <message>
        <source>Issues a client certificate signed by the simulator&apos;s CA and imports it.</source>
        <translation>Utfärdar ett klientcertifikat signerat av simulatorns CA och importerar det.</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Inte giltigt före %1</translation>
    </message>
    <message>
        <source>Expires on %1 (less than a day left)</source>
        <translation>Går ut %1 (mindre än en dag kvar)</translation>
    </message>
    <message>
        <source>No client certificate yet: import one, or get a test certificate from the local simulator.</source>
        <translation>Inget klientcertifikat ännu: importera ett, eller hämta ett testcertifikat från den lokala simulatorn.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Ämne: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Utfärdare: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serienummer: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Giltigt från %1 till %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Key: %1; extended key usage: %2</source>
        <translation>Nyckel: %1; utökad nyckelanvändning: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Lösenord för %1:</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Importen av %1 avbröts.</translation>
    </message>
    <message>
        <source>Wrong password for %1. Try again:</source>
        <translation>Fel lösenord för %1. Försök igen:</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted. Its passphrase:</source>
        <translation>Den privata nyckeln i %1 är krypterad. Dess lösenfras:</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key in %1. Try again:</source>
        <translation>Fel lösenfras för nyckeln i %1. Försök igen:</translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file nor a PEM certificate or key.</source>
        <translation>%1 är varken en PKCS#12-fil eller ett PEM-certifikat eller en PEM-nyckel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation>Importerade %1 från %2: %3.</translation>
    </message>
    <message>
        <source>no private key for this certificate: import the certificate together with its key file.</source>
        <translation>ingen privat nyckel för det här certifikatet: importera certifikatet tillsammans med dess nyckelfil.</translation>
    </message>
    <message>
        <source>A private key alone cannot be imported: add the certificate it belongs to.</source>
        <translation>En privat nyckel kan inte importeras ensam: lägg till certifikatet som den hör till.</translation>
    </message>
    <message>
        <source>Import client certificates</source>
        <translation>Importera klientcertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx *.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Certifikat (*.p12 *.pfx *.pem *.crt *.cer *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Select a certificate to export.</source>
        <translation>Välj ett certifikat att exportera.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The public certificate was saved to %1 (no private key).</source>
        <translation>Det offentliga certifikatet sparades i %1 (ingen privat nyckel).</translation>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation>Exportera offentligt certifikat</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-certifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Select a certificate to delete.</source>
        <translation>Välj ett certifikat att ta bort.</translation>
    </message>
    <message>
        <source>Delete the certificate %1 (%2) and its private key from the vault?</source>
        <translation>Ta bort certifikatet %1 (%2) och dess privata nyckel från valvet?</translation>
    </message>
    <message>
        <source>%1 will then send without a client certificate.</source>
        <translation>%1 skickar då utan klientcertifikat.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ingenting togs bort.</translation>
    </message>
    <message>
        <source>Deleted %1 and its private key.</source>
        <translation>Tog bort %1 och dess privata nyckel.</translation>
    </message>
    <message>
        <source>The local simulator is not running.</source>
        <translation>Den lokala simulatorn körs inte.</translation>
    </message>
    <message>
        <source>The simulator issued no certificate: %1</source>
        <translation>Simulatorn utfärdade inget certifikat: %1</translation>
    </message>
    <message>
        <source>Local simulator test certificate</source>
        <translation>Testcertifikat från den lokala simulatorn</translation>
    </message>
    <message>
        <source>The simulator&apos;s certificate could not be imported: %1</source>
        <translation>Simulatorns certifikat kunde inte importeras: %1</translation>
    </message>
    <message>
        <source>Imported a test certificate for %1 from the local simulator (%2).</source>
        <translation>Importerade ett testcertifikat för %1 från den lokala simulatorn (%2).</translation>
    </message>
    <message>
        <source>Select a certificate to bind.</source>
        <translation>Välj ett certifikat att koppla.</translation>
    </message>
    <message>
        <source>Enter the application the certificate belongs to.</source>
        <translation>Ange applikationen som certifikatet hör till.</translation>
    </message>
    <message>
        <source>%1 now presents this certificate to every host of its mTLS products.</source>
        <translation>%1 uppvisar nu det här certifikatet för alla värdar i sina mTLS-produkter.</translation>
    </message>
    <message>
        <source>%1 now presents this certificate to %2.</source>
        <translation>%1 uppvisar nu det här certifikatet för %2.</translation>
    </message>
    <message>
        <source>Create CSR…</source>
        <translation>Skapa CSR…</translation>
    </message>
    <message>
        <source>A key pair and a certificate signing request for a production certificate</source>
        <translation>Ett nyckelpar och en begäran om certifikatsignering (CSR) för ett produktionscertifikat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Expired on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Gick ut %1 (för %n dag sedan)</numerusform>
            <numerusform>Gick ut %1 (för %n dagar sedan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Giltigt till %1 (%n dag kvar)</numerusform>
            <numerusform>Giltigt till %1 (%n dagar kvar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with %n intermediate certificate(s).</source>
        <translation>
            <numerusform>Lagrat med %n mellancertifikat.</numerusform>
            <numerusform>Lagrat med %n mellancertifikat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionTreeModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n begäran</numerusform>
            <numerusform>%n begäranden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionsPane</name>
    <message>
        <source>Delete collection</source>
        <translation>Ta bort samling</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>Kunde inte flytta undan %1.</translation>
    </message>
    <message>
        <source>Could not restore %1.</source>
        <translation>Kunde inte återställa %1.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Ny samling…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Ny mapp…</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Ny begäran…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Namn på den nya samlingen:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Ny samling</translation>
    </message>
    <message>
        <source>Created the collection “%1”.</source>
        <translation>Skapade samlingen ”%1”.</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Namn på den nya mappen:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>Name of the new request:</source>
        <translation>Namn på den nya begäran:</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Filter by name, method or URL</source>
        <translation>Filtrera efter namn, metod eller URL</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min version</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Filer har ändrats på disken</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Skriv över med min version</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Läs in igen från disken</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>Loading collections…</source>
        <translation>Läser in samlingar…</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s), %1 requests.</source>
        <translation>
            <numerusform>%n samling, %1 begäranden.</numerusform>
            <numerusform>%n samlingar, %1 begäranden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded “%1” from disk.</source>
        <translation>Läste in ”%1” igen från disken.</translation>
    </message>
    <message>
        <source>Kept your version of “%1”; the next save asks before overwriting the files changed on disk.</source>
        <translation>Behöll din version av ”%1”; nästa sparning frågar innan filerna som ändrats på disken skrivs över.</translation>
    </message>
    <message>
        <source>Files of the collection “%1” changed on disk after it was opened (for example by git or an editor). Overwrite them with your version, or reload what is on disk and drop your change?</source>
        <translation>Filer i samlingen ”%1” har ändrats på disken efter att den öppnades (till exempel av git eller en redigerare). Vill du skriva över dem med din version, eller läsa in det som finns på disken igen och kasta din ändring?</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved: the files changed on disk.</source>
        <translation>Din ändring av ”%1” sparades inte: filerna har ändrats på disken.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <source>Saved “%1”; secret values were replaced by references: %2</source>
        <translation>Sparade ”%1”; hemliga värden ersattes med referenser: %2</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved: %2</source>
        <translation>Din ändring av ”%1” sparades inte: %2</translation>
    </message>
    <message>
        <source>“%1” is read-only; it was not changed.</source>
        <translation>”%1” är skrivskyddad; den ändrades inte.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>En samling behöver ett namn.</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Byt namn på samling</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>The request %1 is no longer in the collection; it was not saved.</source>
        <translation>Begäran %1 finns inte längre i samlingen; den sparades inte.</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Spara begäran</translation>
    </message>
    <message>
        <source>No collection %1 is open.</source>
        <translation>Ingen samling %1 är öppen.</translation>
    </message>
    <message>
        <source>Postman Collection v2.1 (*.postman_collection.json)</source>
        <translation>Postman Collection v2.1 (*.postman_collection.json)</translation>
    </message>
    <message>
        <source>HTTP file (*.http)</source>
        <translation>HTTP-fil (*.http)</translation>
    </message>
    <message>
        <source>curl commands (*.sh)</source>
        <translation>curl-kommandon (*.sh)</translation>
    </message>
    <message>
        <source>Export collection</source>
        <translation>Exportera samling</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterades till %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded and the rest of the collection opened:</source>
        <translation>
            <numerusform>%n fil kunde inte läsas in och resten av samlingen öppnades:</numerusform>
            <numerusform>%n filer kunde inte läsas in och resten av samlingen öppnades:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on disk since it was opened: %1. Reload it, or keep your version (a save will ask before overwriting).</source>
        <translation>Ändrad på disken sedan den öppnades: %1. Läs in den igen, eller behåll din version (en sparning frågar innan den skriver över).</translation>
    </message>
    <message>
        <source>Import a collection from a file</source>
        <translation>Importera en samling från en fil</translation>
    </message>
    <message>
        <source>Export the selected collection for sharing</source>
        <translation>Exportera den markerade samlingen för delning</translation>
    </message>
    <message>
        <source>Run collection…</source>
        <translation>Kör samling…</translation>
    </message>
    <message>
        <source>Run the requests of the selected collection or folder with their tests</source>
        <translation>Kör begärandena i den markerade samlingen eller mappen med deras tester</translation>
    </message>
    <message numerus="yes">
        <source>Run %n selected requests…</source>
        <translation>
            <numerusform>Kör %n markerad begäran…</numerusform>
            <numerusform>Kör %n markerade begäranden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Kör…</translation>
    </message>
</context>
<context>
    <name>opc::ui::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Kommandon</translation>
    </message>
    <message>
        <source>Type a command</source>
        <translation>Skriv ett kommando</translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsentsDialog</name>
    <message>
        <source>PSD2 consents</source>
        <translation>PSD2-samtycken</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Token until</source>
        <translation>Token gäller till</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <source>Withdraw the consent at the bank and forget its tokens</source>
        <translation>Återkalla samtycket hos banken och glöm dess token</translation>
    </message>
    <message>
        <source>Re&amp;fresh token</source>
        <translation>&amp;Förnya token</translation>
    </message>
    <message>
        <source>Get a new access token with the consent&apos;s refresh token</source>
        <translation>Hämta en ny åtkomsttoken med samtyckets förnyelsetoken</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the consent from this list (the bank is not told)</source>
        <translation>Ta bort samtycket från den här listan (banken meddelas inte)</translation>
    </message>
    <message>
        <source>New consent, step by step</source>
        <translation>Nytt samtycke, steg för steg</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>Client-credentials token over mutual TLS, the authorization, the bank&apos;s page, the code exchange</source>
        <translation>Token med klientuppgifter (client credentials) över ömsesidig TLS, auktoriseringen, bankens sida, kodutbytet</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>Sa&amp;mtycke:</translation>
    </message>
    <message>
        <source>Sign in with my &amp;browser</source>
        <translation>Logga in med min &amp;webbläsare</translation>
    </message>
    <message>
        <source>Open the bank&apos;s page in your own browser; the console catches its answer on a loopback port. Always so for the OP sandbox and production.</source>
        <translation>Öppna bankens sida i din egen webbläsare; konsolen fångar upp svaret på en loopback-port. Alltid så för OP:s sandlåda och produktion.</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Giltigt &amp;till:</translation>
    </message>
    <message>
        <source>At most 90 days ahead; unset, the bank&apos;s 90 days</source>
        <translation>Högst 90 dagar framåt; om inget anges gäller bankens 90 dagar</translation>
    </message>
    <message>
        <source>&amp;Amount (EUR):</source>
        <translation>Be&amp;lopp (EUR):</translation>
    </message>
    <message>
        <source>Payee &amp;IBAN:</source>
        <translation>Mottagarens &amp;IBAN:</translation>
    </message>
    <message>
        <source>Payee &amp;name:</source>
        <translation>Mottagarens &amp;namn:</translation>
    </message>
    <message>
        <source>the bank&apos;s default account</source>
        <translation>bankens standardkonto</translation>
    </message>
    <message>
        <source>Account I&amp;BAN:</source>
        <translation>&amp;Kontots IBAN:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Choose a step to see its request and response.</source>
        <translation>Välj ett steg för att se dess begäran och svar.</translation>
    </message>
    <message>
        <source>Test user %1</source>
        <translation>Testanvändare %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Ö&amp;ppna igen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Avb&amp;ryt</translation>
    </message>
    <message>
        <source>&amp;Open the request it is for</source>
        <translation>&amp;Öppna begäran som det gäller</translation>
    </message>
    <message>
        <source>Consents of %1. PSD2 APIs need mutual TLS 1.2 and the user&apos;s strong customer authentication; the console keeps each consent&apos;s tokens in the vault and puts the right one in the next PSD2 request.</source>
        <translation>Samtycken för %1. PSD2-API:er kräver ömsesidig TLS 1.2 och användarens starka kundautentisering; konsolen sparar varje samtyckes token i valvet och lägger rätt token i nästa PSD2-begäran.</translation>
    </message>
    <message>
        <source>Consent %1 was revoked; its tokens are gone.</source>
        <translation>Samtycket %1 återkallades; dess token är borttagna.</translation>
    </message>
    <message>
        <source>Consent %1 has a new access token.</source>
        <translation>Samtycket %1 har en ny åtkomsttoken.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>körs…</translation>
    </message>
    <message>
        <source>done · %1</source>
        <translation>klart · %1</translation>
    </message>
    <message>
        <source>failed · %1</source>
        <translation>misslyckades · %1</translation>
    </message>
    <message>
        <source>waiting for the user</source>
        <translation>väntar på användaren</translation>
    </message>
    <message>
        <source>OP sandbox authorization: the application %1 asks for access (%2), authorization %3. Sign in as a test user and decide.</source>
        <translation>Auktorisering i OP:s sandlåda: applikationen %1 begär åtkomst (%2), auktorisering %3. Logga in som testanvändare och fatta ditt beslut.</translation>
    </message>
    <message>
        <source>open in the browser</source>
        <translation>öppnad i webbläsaren</translation>
    </message>
    <message>
        <source>waiting for the browser</source>
        <translation>väntar på webbläsaren</translation>
    </message>
    <message>
        <source>Continue on the bank&apos;s page in your browser: sign in and decide there. The console waits for the bank&apos;s answer on %1.
%2</source>
        <translation>Fortsätt på bankens sida i webbläsaren: logga in och fatta ditt beslut där. Konsolen väntar på bankens svar på %1.
%2</translation>
    </message>
    <message>
        <source>Consent %1 is authorized until %2; its access token is good until %3 and is refreshed before it expires. The next %4 request sends it.</source>
        <translation>Samtycket %1 är auktoriserat till %2; dess åtkomsttoken gäller till %3 och förnyas innan den går ut. Nästa %4-begäran skickar den.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsoleActions</name>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Ny begäran</translation>
    </message>
    <message>
        <source>Open an empty request in a new tab</source>
        <translation>Öppna en tom begäran i en ny flik</translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation>&amp;Spara begäran</translation>
    </message>
    <message>
        <source>Save the request of this tab to its collection</source>
        <translation>Spara den här flikens begäran i dess samling</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Stäng &amp;flik</translation>
    </message>
    <message>
        <source>Close this request tab</source>
        <translation>Stäng den här fliken med begäran</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>N&amp;ästa flik</translation>
    </message>
    <message>
        <source>Show the next request tab</source>
        <translation>Visa nästa flik med begäran</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>F&amp;öregående flik</translation>
    </message>
    <message>
        <source>Show the previous request tab</source>
        <translation>Visa föregående flik med begäran</translation>
    </message>
    <message>
        <source>Go to the &amp;address</source>
        <translation>&amp;Gå till adressen</translation>
    </message>
    <message>
        <source>Put the cursor in the request&apos;s URL</source>
        <translation>Placera markören i begärans URL</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;kicka</translation>
    </message>
    <message>
        <source>Send the request of this tab</source>
        <translation>Skicka den här flikens begäran</translation>
    </message>
    <message>
        <source>&amp;Cancel the request</source>
        <translation>&amp;Avbryt begäran</translation>
    </message>
    <message>
        <source>Stop the request on its way</source>
        <translation>Stoppa begäran medan den pågår</translation>
    </message>
    <message>
        <source>&amp;Duplicate request</source>
        <translation>&amp;Duplicera begäran</translation>
    </message>
    <message>
        <source>Open a copy of this request in a new, unsaved tab</source>
        <translation>Öppna en kopia av den här begäran i en ny, osparad flik</translation>
    </message>
    <message>
        <source>PSD2 &amp;consents…</source>
        <translation>PSD2-&amp;samtycken…</translation>
    </message>
    <message>
        <source>The application&apos;s PSD2 consents, and a new one step by step</source>
        <translation>Applikationens PSD2-samtycken, och ett nytt steg för steg</translation>
    </message>
    <message>
        <source>&amp;Find a command…</source>
        <translation>&amp;Hitta ett kommando…</translation>
    </message>
    <message>
        <source>Every command by name, with its shortcut</source>
        <translation>Alla kommandon efter namn, med kortkommando</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Every text a step larger</source>
        <translation>All text ett steg större</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>Every text a step smaller</source>
        <translation>All text ett steg mindre</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
    <message>
        <source>Text at the system&apos;s size</source>
        <translation>Text i systemets storlek</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>List every command with its shortcut</source>
        <translation>Lista alla kommandon med deras kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About OP Developer Console</source>
        <translation>&amp;Om OP Developer Console</translation>
    </message>
    <message>
        <source>Versions of the console and of the libraries it runs on</source>
        <translation>Versioner av konsolen och av biblioteken den körs på</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Language, colour scheme and text size</source>
        <translation>Språk, färgschema och textstorlek</translation>
    </message>
    <message>
        <source>&amp;Find in the response…</source>
        <translation>&amp;Sök i svaret…</translation>
    </message>
    <message>
        <source>Search the response body shown (F3 and Shift+F3 for the next and previous match)</source>
        <translation>Sök i innehållet i svaret som visas (F3 och Skift+F3 för nästa och föregående träff)</translation>
    </message>
</context>
<context>
    <name>opc::ui::CsrDialog</name>
    <message>
        <source>Create a certificate signing request</source>
        <translation>Skapa en begäran om certifikatsignering</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (rekommenderas)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>e.g. the application or company name</source>
        <translation>t.ex. applikationens eller företagets namn</translation>
    </message>
    <message>
        <source>PSD2: PSDFI-FINFSA-1234567-8</source>
        <translation>PSD2: PSDFI-FINFSA-1234567-8</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation>Namn (CN)</translation>
    </message>
    <message>
        <source>Organization (O)</source>
        <translation>Organisation (O)</translation>
    </message>
    <message>
        <source>Unit (OU)</source>
        <translation>Enhet (OU)</translation>
    </message>
    <message>
        <source>organizationIdentifier</source>
        <translation>organizationIdentifier</translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation>Land (C)</translation>
    </message>
    <message>
        <source>Locality (L)</source>
        <translation>Ort (L)</translation>
    </message>
    <message>
        <source>The CSR appears here. Send it to your certificate authority; import the certificate it issues and the console pairs it with the key kept in the vault.</source>
        <translation>CSR:en visas här. Skicka den till din certifikatutfärdare; importera certifikatet som den utfärdar, så parar konsolen ihop det med nyckeln som förvaras i valvet.</translation>
    </message>
    <message>
        <source>Create and save…</source>
        <translation>Skapa och spara…</translation>
    </message>
    <message>
        <source>Save the CSR</source>
        <translation>Spara CSR:en</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.csr)</source>
        <translation>PEM-filer (*.pem *.csr)</translation>
    </message>
    <message>
        <source>A common name (CN) is needed.</source>
        <translation>Ett namn (CN) behövs.</translation>
    </message>
    <message>
        <source>The country is two letters, such as FI.</source>
        <translation>Landet anges med två bokstäver, till exempel FI.</translation>
    </message>
    <message>
        <source>Saved to %1. The private key is in the vault, waiting for the issued certificate.</source>
        <translation>Sparad i %1. Den privata nyckeln finns i valvet och väntar på det utfärdade certifikatet.</translation>
    </message>
    <message>
        <source>Created. The private key is in the vault, waiting for the issued certificate.</source>
        <translation>Skapad. Den privata nyckeln finns i valvet och väntar på det utfärdade certifikatet.</translation>
    </message>
</context>
<context>
    <name>opc::ui::EnvironmentSwitcher</name>
    <message>
        <source>The environment the next request goes to</source>
        <translation>Miljön som nästa begäran går till</translation>
    </message>
    <message>
        <source>%1 has no application yet: add one in Applications to send there.</source>
        <translation>%1 har ingen applikation än: lägg till en under Applikationer för att skicka dit.</translation>
    </message>
</context>
<context>
    <name>opc::ui::EnvironmentsDialog</name>
    <message>
        <source>Built in: the embedded simulator on this computer</source>
        <translation>Inbyggd: den inbäddade simulatorn på den här datorn</translation>
    </message>
    <message>
        <source>Built in: OP&apos;s developer sandbox</source>
        <translation>Inbyggd: OP:s sandlåda för utvecklare</translation>
    </message>
    <message>
        <source>Built in: PRODUCTION, real customers and money</source>
        <translation>Inbyggd: PRODUKTION, riktiga kunder och pengar</translation>
    </message>
    <message>
        <source>Your own environment</source>
        <translation>Din egen miljö</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Miljöer</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation>ingen: återkallelse kontrolleras inte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Certificate revocation list</source>
        <translation>Lista över återkallade certifikat</translation>
    </message>
    <message>
        <source>CRL files (*.crl *.pem *.der);;All files (*)</source>
        <translation>CRL-filer (*.crl *.pem *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemlig</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Lägg till variabel</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Ta bort variabel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Återkallelselista</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Variables: use them as {{name}}; secret ones as {{secret:name}}, sent only to this environment&apos;s host.</source>
        <translation>Variabler: använd dem som {{name}}; hemliga som {{secret:name}}, som bara skickas till den här miljöns värd.</translation>
    </message>
    <message>
        <source>New environment…</source>
        <translation>Ny miljö…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Ny miljö</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produktion)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>the base URL: mutual-TLS APIs listen there too</source>
        <translation>bas-URL:en: API:er med ömsesidig TLS lyssnar också där</translation>
    </message>
    <message>
        <source>none: the system&apos;s CAs only</source>
        <translation>ingen: bara systemets CA-certifikat</translation>
    </message>
    <message>
        <source>CA certificate for this environment</source>
        <translation>CA-certifikat för den här miljön</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certifikat (*.pem *.crt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Mutual-TLS base URL</source>
        <translation>Bas-URL för ömsesidig TLS</translation>
    </message>
    <message>
        <source>Extra CA</source>
        <translation>Extra CA</translation>
    </message>
    <message>
        <source>The mutual-TLS base URL must be an https:// address.</source>
        <translation>Bas-URL:en för ömsesidig TLS måste vara en https://-adress.</translation>
    </message>
</context>
<context>
    <name>opc::ui::ErrorsPanel</name>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Inga fel.</translation>
    </message>
    <message>
        <source>Quote this id to OP&apos;s API support</source>
        <translation>Uppge detta id för OP:s API-support</translation>
    </message>
    <message>
        <source>The response carries no error payload.</source>
        <translation>Svaret innehåller ingen felinformation.</translation>
    </message>
    <message>
        <source>Succeeded with warnings. %1</source>
        <translation>Lyckades med varningar. %1</translation>
    </message>
    <message>
        <source>Failed: the most severe entry is %1. %2</source>
        <translation>Misslyckades: den allvarligaste posten är %1. %2</translation>
    </message>
    <message>
        <source>Succeeded, but the most severe entry is %1. %2</source>
        <translation>Lyckades, men den allvarligaste posten är %1. %2</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>Misslyckades. %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryPane</name>
    <message>
        <source>Filter by URL</source>
        <translation>Filtrera efter URL</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Pick a class or type a status such as 404.</source>
        <translation>Välj en klass eller skriv en status, till exempel 404.</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>Exchanges whose error payload holds an entry of this level.</source>
        <translation>Anrop vars felinformation innehåller en post på den här nivån.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alla tider</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Senaste timmen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <source>History is kept for this session only. %1</source>
        <translation>Historiken sparas bara för den här sessionen. %1</translation>
    </message>
    <message>
        <source>No history is kept. %1</source>
        <translation>Ingen historik sparas. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n anrop</numerusform>
            <numerusform>%n anrop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 av %n anrop</numerusform>
            <numerusform>%1 av %n anrop</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange was not added to the history: %1</source>
        <translation>Anropet lades inte till i historiken: %1</translation>
    </message>
    <message>
        <source>That exchange is no longer in the history.</source>
        <translation>Det anropet finns inte längre i historiken.</translation>
    </message>
    <message>
        <source>The history kept only part of this request&apos;s body, so it cannot be re-sent as it was.</source>
        <translation>Historiken sparade bara en del av begärans innehåll, så den kan inte skickas igen som den var.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Kopiera URL</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>Ta bort från historiken</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Rensa historiken…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Rensa historiken</translation>
    </message>
    <message>
        <source>Delete every exchange in the history? This cannot be undone.</source>
        <translation>Ta bort alla anrop i historiken? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryTableModel</name>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
</context>
<context>
    <name>opc::ui::ImportDialog</name>
    <message>
        <source>Postman Collection v2.1</source>
        <translation>Postman Collection v2.1</translation>
    </message>
    <message>
        <source>.http / .rest file</source>
        <translation>.http-/.rest-fil</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-kommando</translation>
    </message>
    <message>
        <source>OpenAPI 3</source>
        <translation>OpenAPI 3</translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation>Importera samling</translation>
    </message>
    <message>
        <source>Postman collection, .http/.rest file, curl commands or OpenAPI 3 JSON</source>
        <translation>Postman-samling, .http-/.rest-fil, curl-kommandon eller OpenAPI 3-JSON</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>…or paste a curl command (or .http text) here</source>
        <translation>…eller klistra in ett curl-kommando (eller .http-text) här</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Identifiera automatiskt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Samlingens namn:</translation>
    </message>
    <message>
        <source>Collections (*.json *.http *.rest *.sh *.txt *.curl);;All files (*)</source>
        <translation>Samlingar (*.json *.http *.rest *.sh *.txt *.curl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it was not read.</source>
        <translation>%1 är större än %2 MB; den lästes inte.</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Inklistrat</translation>
    </message>
    <message>
        <source>The format could not be recognised; choose it in the list.</source>
        <translation>Formatet kunde inte identifieras; välj det i listan.</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>Okänt format %1.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Identifierat: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) will be imported</source>
        <translation>
            <numerusform>%1: %n begäran kommer att importeras</numerusform>
            <numerusform>%1: %n begäranden kommer att importeras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) skipped (listed below with the reason).</source>
        <translation>
            <numerusform>; %n post hoppas över (listas nedan med orsaken).</numerusform>
            <numerusform>; %n poster hoppas över (listas nedan med orsaken).</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing skipped.</source>
        <translation>; inget hoppas över.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Inget att importera.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>The file is still being read.</source>
        <translation>Filen läses fortfarande.</translation>
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
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Client certificates for mutual TLS</source>
        <translation>Klientcertifikat för ömsesidig TLS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Miljöer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>&amp;Valv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentationsläge</translation>
    </message>
    <message>
        <source>Hide every secret and credential value on screen, for demos</source>
        <translation>Dölj alla hemligheter och inloggningsuppgifter på skärmen vid demonstrationer</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Färgschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Change the vault passphrase</source>
        <translation>Byt valvets lösenfras</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <source>New passphrase, once more:</source>
        <translation>Ny lösenfras, en gång till:</translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>De två nya lösenfraserna skiljer sig åt; inget ändrades.</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>Valvets lösenfras har ändrats.</translation>
    </message>
    <message>
        <source>&amp;Export encrypted backup…</source>
        <translation>&amp;Exportera krypterad säkerhetskopia…</translation>
    </message>
    <message>
        <source>Export an encrypted backup of the vault</source>
        <translation>Exportera en krypterad säkerhetskopia av valvet</translation>
    </message>
    <message>
        <source>Vault backups (*.opcv)</source>
        <translation>Säkerhetskopior av valvet (*.opcv)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Säkerhetskopians lösenfras</translation>
    </message>
    <message>
        <source>A passphrase for the backup (it can differ from the vault&apos;s):</source>
        <translation>En lösenfras för säkerhetskopian (den kan skilja sig från valvets):</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) exported, encrypted, to %1.</source>
        <translation>
            <numerusform>%n hemlighet exporterades krypterad till %1.</numerusform>
            <numerusform>%n hemligheter exporterades krypterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Exportera säkerhetskopia</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importera säkerhetskopia…</translation>
    </message>
    <message>
        <source>Import a vault backup</source>
        <translation>Importera en säkerhetskopia av valvet</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Säkerhetskopians lösenfras:</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) imported from the backup.</source>
        <translation>
            <numerusform>%n hemlighet importerades från säkerhetskopian.</numerusform>
            <numerusform>%n hemligheter importerades från säkerhetskopian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation>Importera säkerhetskopia</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>Lås vid &amp;inaktivitet</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>The vault is locked: secret variables cannot be edited.</source>
        <translation>Valvet är låst: hemliga variabler kan inte redigeras.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applikationer</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Environment: local simulator (starting)</source>
        <translation>Miljö: lokal simulator (startar)</translation>
    </message>
    <message>
        <source>Application: none</source>
        <translation>Applikation: ingen</translation>
    </message>
    <message>
        <source>Presentation mode: secrets hidden</source>
        <translation>Presentationsläge: hemligheter dolda</translation>
    </message>
    <message>
        <source>Environment: the embedded simulator did not start</source>
        <translation>Miljö: den inbäddade simulatorn startade inte</translation>
    </message>
    <message>
        <source>Environment: %1 (%2)</source>
        <translation>Miljö: %1 (%2)</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Applikation: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new secret vault:</source>
        <translation>Välj en lösenfras för det nya hemlighetsvalvet:</translation>
    </message>
    <message>
        <source>Passphrase of the secret vault:</source>
        <translation>Hemlighetsvalvets lösenfras:</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Secret vault</source>
        <translation>Hemlighetsvalv</translation>
    </message>
    <message>
        <source>The vault stays locked.</source>
        <translation>Valvet förblir låst.</translation>
    </message>
    <message>
        <source>Creating the secret vault…</source>
        <translation>Skapar hemlighetsvalvet…</translation>
    </message>
    <message>
        <source>Unlocking the secret vault…</source>
        <translation>Låser upp hemlighetsvalvet…</translation>
    </message>
    <message>
        <source>Wrong passphrase three times; the vault stays locked.</source>
        <translation>Fel lösenfras tre gånger; valvet förblir låst.</translation>
    </message>
    <message>
        <source>no catalogued API</source>
        <translation>inget katalogiserat API</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, HMAC-signed</source>
        <translation>, HMAC-signerad</translation>
    </message>
    <message>
        <source>, mutual TLS</source>
        <translation>, ömsesidig TLS</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Inte skickad: %1</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Your applications: API key, secret, products and quota</source>
        <translation>Dina applikationer: API-nyckel, hemlighet, produkter och kvot</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>PRODUCTION: requests act on real customers&apos; accounts and money. Anything but GET asks first.</source>
        <translation>PRODUKTION: begäranden påverkar riktiga kunders konton och pengar. Allt utom GET kräver bekräftelse först.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>Re-send %1</source>
        <translation>Skicka %1 igen</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>Nä&amp;tverksinställningar…</translation>
    </message>
    <message>
        <source>Quota over the day</source>
        <translation>Kvot under dagen</translation>
    </message>
    <message>
        <source>Unsaved edits cannot be journaled: %1</source>
        <translation>Osparade ändringar kan inte journalföras: %1</translation>
    </message>
    <message numerus="yes">
        <source>The console did not close normally last time. %n unsaved request(s) can be restored: %1.</source>
        <translation>
            <numerusform>Konsolen stängdes inte normalt förra gången. %n osparad begäran kan återställas: %1.</numerusform>
            <numerusform>Konsolen stängdes inte normalt förra gången. %n osparade begäranden kan återställas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits could not be journaled: %1</source>
        <translation>Osparade ändringar kunde inte journalföras: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The simulator&apos;s built-in application, subscribed to every API</source>
        <translation>Simulatorns inbyggda applikation, med prenumeration på alla API:er</translation>
    </message>
    <message>
        <source>Manage applications…</source>
        <translation>Hantera applikationer…</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API:er</translation>
    </message>
    <message>
        <source>Network settings apply to the next request; the time limit and size cap after a restart.</source>
        <translation>Nätverksinställningarna gäller från nästa begäran; tidsgränsen och storleksgränsen först efter en omstart.</translation>
    </message>
    <message>
        <source>Use the demo application instead</source>
        <translation>Använd demoapplikationen i stället</translation>
    </message>
    <message>
        <source>Active: the demo application (built in)</source>
        <translation>Aktiv: demoapplikationen (inbyggd)</translation>
    </message>
    <message>
        <source>The application manager needs the vault: %1</source>
        <translation>Applikationshanteraren behöver valvet: %1</translation>
    </message>
    <message>
        <source>Send %1 %2 to PRODUCTION as %3? It acts on real accounts.</source>
        <translation>Skicka %1 %2 till PRODUKTION som %3? Det påverkar riktiga konton.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Inte skickad.</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopia av %1</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Begäran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes and is not in a collection yet. Save it in a collection before closing it?</source>
        <translation>”%1” har osparade ändringar och finns inte i någon samling än. Vill du spara den i en samling innan den stängs?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing it?</source>
        <translation>”%1” har osparade ändringar. Vill du spara dem innan den stängs?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) have unsaved changes: %1. Save them before closing?</source>
        <translation>
            <numerusform>%n begäran har osparade ändringar: %1. Vill du spara den innan stängning?</numerusform>
            <numerusform>%n begäranden har osparade ändringar: %1. Vill du spara dem innan stängning?</numerusform>
        </translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mina begäranden</translation>
    </message>
    <message>
        <source>Saved without its tests: %1</source>
        <translation>Sparad utan sina tester: %1</translation>
    </message>
    <message>
        <source>Saved %1 in the collection %2.</source>
        <translation>Sparade %1 i samlingen %2.</translation>
    </message>
    <message>
        <source>Demo application</source>
        <translation>Demoapplikation</translation>
    </message>
    <message>
        <source>, RSA-signed</source>
        <translation>, RSA-signerad</translation>
    </message>
    <message>
        <source>, body signed (JWS)</source>
        <translation>, innehållet signerat (JWS)</translation>
    </message>
    <message>
        <source>the merchant&apos;s RSA signature in Authorization, no token</source>
        <translation>handlarens RSA-signatur i Authorization, ingen token</translation>
    </message>
    <message>
        <source>Next send: %1 · %2 · %3 · to %4</source>
        <translation>Nästa sändning: %1 · %2 · %3 · till %4</translation>
    </message>
    <message>
        <source>Rate limit used up</source>
        <translation>Anropsgränsen är förbrukad</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Skicka ändå</translation>
    </message>
    <message>
        <source>Consent %1 is authorized; the token picker sends it.</source>
        <translation>Samtycket %1 är auktoriserat; tokenväljaren skickar det.</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1 (selected requests)</source>
        <translation>%1 (valda begäranden)</translation>
    </message>
    <message>
        <source>A run is going on; cancel it first.</source>
        <translation>En körning pågår; avbryt den först.</translation>
    </message>
    <message>
        <source>There is no request to run there.</source>
        <translation>Där finns ingen begäran att köra.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Inte körd: %1</translation>
    </message>
    <message>
        <source>Run %1 requests on PRODUCTION as %2? Some of them change data.</source>
        <translation>Kör %1 begäranden i PRODUKTION som %2? En del av dem ändrar data.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)</source>
        <translation>
            <numerusform>%1: %n begäran</numerusform>
            <numerusform>%1: %n begäranden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;edigera</translation>
    </message>
    <message>
        <source>The response shown is an image: there is no text to find.</source>
        <translation>Svaret som visas är en bild: det finns ingen text att söka i.</translation>
    </message>
</context>
<context>
    <name>opc::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Nätverksinställningar</translation>
    </message>
    <message>
        <source>none, or http://proxy.example:8080</source>
        <translation>ingen, eller http://proxy.example:8080</translation>
    </message>
    <message>
        <source>unlock the vault to set a password</source>
        <translation>lås upp valvet för att ange ett lösenord</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxyanvändare</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxylösenord</translation>
    </message>
    <message>
        <source>Time limit per request</source>
        <translation>Tidsgräns per begäran</translation>
    </message>
    <message>
        <source>Largest response kept</source>
        <translation>Största svar som sparas</translation>
    </message>
    <message>
        <source>The proxy password is kept in the vault. Requests over HTTPS give the proxy its credentials only when opening the tunnel; the API server never sees them.</source>
        <translation>Proxylösenordet förvaras i valvet. Begäranden över HTTPS ger proxyn dess inloggningsuppgifter bara när tunneln öppnas; API-servern ser dem aldrig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address such as http://proxy.example:8080.</source>
        <translation>”%1” är inte en proxyadress som http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Put the proxy user and password in their own fields, not in the address.</source>
        <translation>Ange proxyanvändaren och lösenordet i sina egna fält, inte i adressen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>opc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Färgschema:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemets standard (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept for the next start.</source>
        <translation>Ändringar gäller direkt och sparas till nästa start.</translation>
    </message>
</context>
<context>
    <name>opc::ui::QuotaIndicator</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Quota: unknown until the first response</source>
        <translation>Kvot: okänd före första svaret</translation>
    </message>
    <message>
        <source>The quota is known after the first response.</source>
        <translation>Kvoten blir känd efter det första svaret.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>counted locally</source>
        <translation>räknat lokalt</translation>
    </message>
    <message>
        <source>Quota exhausted: sends blocked for %1</source>
        <translation>Kvoten slut: sändningar spärrade i %1</translation>
    </message>
    <message>
        <source>Quota: %1 / %2 left (%3), resets in %4</source>
        <translation>Kvot: %1 / %2 kvar (%3), nollställs om %4</translation>
    </message>
    <message>
        <source>Quota: reset due; %1 / %2 until the next response</source>
        <translation>Kvot: nollställning väntas; %1 / %2 fram till nästa svar</translation>
    </message>
    <message>
        <source>Quota: %1 / %2 left (%3)</source>
        <translation>Kvot: %1 / %2 kvar (%3)</translation>
    </message>
    <message>
        <source>At the current pace the quota runs out in %1.</source>
        <translation>I nuvarande takt tar kvoten slut om %1.</translation>
    </message>
    <message>
        <source>At the current pace the quota lasts until the reset.</source>
        <translation>I nuvarande takt räcker kvoten till nollställningen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) left today, of %1.</source>
        <translation>
            <numerusform>%Ln begäran kvar i dag, av %1.</numerusform>
            <numerusform>%Ln begäranden kvar i dag, av %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::RequestComposer</name>
    <message>
        <source>/accounts/v3/accounts or https://… ({{variables}} allowed)</source>
        <translation>/accounts/v3/accounts eller https://… ({{variables}} tillåtna)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Skicka begäran (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Lägg till huvud</translation>
    </message>
    <message>
        <source>Added at send time: x-api-key, x-session-id, x-request-id, the token header and, for Restricted APIs, x-hmac-signature.</source>
        <translation>Läggs till vid sändning: x-api-key, x-session-id, x-request-id, tokenhuvudet och, för Restricted-API:er, x-hmac-signature.</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Begärans innehåll (JSON)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Huvuden</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Presentation mode: secrets in the body are hidden; turn the mode off to edit it.</source>
        <translation>Presentationsläge: hemligheter i innehållet är dolda; stäng av läget för att redigera det.</translation>
    </message>
</context>
<context>
    <name>opc::ui::RequestTabs</name>
    <message>
        <source>New request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>Not saved in a collection</source>
        <translation>Inte sparad i någon samling</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>opc::ui::ResponseViewer</name>
    <message>
        <source>Pretty</source>
        <translation>Formaterad</translation>
    </message>
    <message>
        <source>⚠ The body is labelled JSON but is not valid JSON. %1. Showing it as received.</source>
        <translation>⚠ Innehållet är märkt som JSON men är inte giltig JSON. %1. Det visas som det togs emot.</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the body&apos;s bytes as a hex dump</source>
        <translation>Visa innehållets byte som hexdump</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Kopiera som curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; credentials are masked</source>
        <translation>Kopiera begäran som ett curl-kommando; inloggningsuppgifter maskeras</translation>
    </message>
    <message>
        <source>Copy as curl (credentials masked)</source>
        <translation>Kopiera som curl (inloggningsuppgifter maskerade)</translation>
    </message>
    <message>
        <source>Copy as curl with credentials revealed</source>
        <translation>Kopiera som curl med inloggningsuppgifter synliga</translation>
    </message>
    <message>
        <source>The command will contain your credentials: do not paste it into tickets or chats</source>
        <translation>Kommandot kommer att innehålla dina inloggningsuppgifter: klistra inte in det i ärenden eller chattar</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Supportpaket</translation>
    </message>
    <message>
        <source>Copy a redacted summary (time, URL, request and session ids, status, error ids) for OP&apos;s API support</source>
        <translation>Kopiera en maskerad sammanfattning (tid, URL, begärans och sessionens id, status, fel-id) för OP:s API-support</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Huvuden</translation>
    </message>
    <message>
        <source>Timing &amp;&amp; TLS</source>
        <translation>Tider &amp;&amp; TLS</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rått</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Inget svar ännu</translation>
    </message>
    <message>
        <source>Compose a request and press Send.</source>
        <translation>Skriv en begäran och tryck på Skicka.</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <source>No response.</source>
        <translation>Inget svar.</translation>
    </message>
    <message>
        <source>%1, truncated</source>
        <translation>%1, trunkerat</translation>
    </message>
    <message>
        <source>%1 ms · %2 · %3</source>
        <translation>%1 ms · %2 · %3</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fel (%1)</translation>
    </message>
    <message>
        <source>Connect started   %1
</source>
        <translation>Anslutning påbörjad  %1
</translation>
    </message>
    <message>
        <source>TLS established   %1
</source>
        <translation>TLS upprättad        %1
</translation>
    </message>
    <message>
        <source>Request sent      %1
</source>
        <translation>Begäran skickad      %1
</translation>
    </message>
    <message>
        <source>First byte        %1
</source>
        <translation>Första byte          %1
</translation>
    </message>
    <message>
        <source>Finished          %1

</source>
        <translation>Klar                 %1

</translation>
    </message>
    <message>
        <source>Protocol          %1
</source>
        <translation>Protokoll            %1
</translation>
    </message>
    <message>
        <source>Cipher            %1
</source>
        <translation>Chiffer              %1
</translation>
    </message>
    <message>
        <source>Server chain      %1
</source>
        <translation>Serverkedja          %1
</translation>
    </message>
    <message>
        <source>Client certificate %1
</source>
        <translation>Klientcertifikat     %1
</translation>
    </message>
    <message>
        <source>none presented</source>
        <translation>inget uppvisat</translation>
    </message>
    <message>
        <source>
Redirects
  %1
</source>
        <translation>
Omdirigeringar
  %1
</translation>
    </message>
    <message>
        <source>(request body: %1 bytes)

</source>
        <translation>(begärans innehåll: %1 byte)

</translation>
    </message>
    <message>
        <source>⚠ The body is labelled %1 but could not be decoded as an image.</source>
        <translation>⚠ Innehållet är märkt som %1 men kunde inte avkodas som en bild.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixlar</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown in hex; switch Hex off to see the whole body.
</source>
        <translation>… %1 byte till visas inte i hex; stäng av Hex för att se hela innehållet.
</translation>
    </message>
    <message>
        <source>this application</source>
        <translation>den här applikationen</translation>
    </message>
    <message>
        <source>⛔ 429 Too Many Requests: %1 has used up its rate limit.</source>
        <translation>⛔ 429 Too Many Requests: %1 har förbrukat sin anropsgräns.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Servern ber dig vänta %n sekund.</numerusform>
            <numerusform>Servern ber dig vänta %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quota resets at %1.</source>
        <translation>Kvoten nollställs %1.</translation>
    </message>
    <message>
        <source>(no response)
</source>
        <translation>(inget svar)
</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 has %Ln request(s) left of %2 today (under 10 %).</source>
        <translation>
            <numerusform>⚠ %1 har %Ln begäran kvar av %2 i dag (under 10 %).</numerusform>
            <numerusform>⚠ %1 har %Ln begäranden kvar av %2 i dag (under 10 %).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::RunDialog</name>
    <message>
        <source>Run collection</source>
        <translation>Kör samling</translation>
    </message>
    <message>
        <source>Run the whole list this many times; with a data file, at least once per row.</source>
        <translation>Kör hela listan så här många gånger; med en datafil minst en gång per rad.</translation>
    </message>
    <message>
        <source>none (CSV or JSON, one iteration per row)</source>
        <translation>ingen (CSV eller JSON, en iteration per rad)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Requests in flight at once. A request that uses a variable captured before it waits for the requests before it.</source>
        <translation>Begäranden som pågår samtidigt. En begäran som använder en variabel som fångats tidigare väntar på begärandena före den.</translation>
    </message>
    <message>
        <source>Stop at the first failed request</source>
        <translation>Stoppa vid första misslyckade begäran</translation>
    </message>
    <message>
        <source>Pause until it resets, then go on</source>
        <translation>Pausa tills den nollställs, fortsätt sedan</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Stoppa körningen</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationer:</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Datafil:</translation>
    </message>
    <message>
        <source>D&amp;elay between requests:</source>
        <translation>&amp;Fördröjning mellan begäranden:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Begäranden &amp;samtidigt:</translation>
    </message>
    <message>
        <source>When the &amp;quota runs out:</source>
        <translation>När kvoten &amp;tar slut:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>Data file for the run</source>
        <translation>Datafil för körningen</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json);;All files (*)</source>
        <translation>Datafiler (*.csv *.json);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): one iteration per row.</source>
        <translation>
            <numerusform>%n rad: en iteration per rad.</numerusform>
            <numerusform>%n rader: en iteration per rad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Kan inte användas: %1</translation>
    </message>
    <message>
        <source>None of these requests counts against the daily quota.</source>
        <translation>Ingen av dessa begäranden räknas mot den dagliga kvoten.</translation>
    </message>
    <message numerus="yes">
        <source>The run makes %n request(s) to quota&apos;d APIs. What %1 has left today is known after its first response.</source>
        <translation>
            <numerusform>Körningen gör %n begäran till kvoterade API:er. Hur mycket %1 har kvar i dag blir känt efter dess första svar.</numerusform>
            <numerusform>Körningen gör %n begäranden till kvoterade API:er. Hur mycket %1 har kvar i dag blir känt efter dess första svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run makes %n request(s) to quota&apos;d APIs; %1 has %2 of %3 left today.</source>
        <translation>
            <numerusform>Körningen gör %n begäran till kvoterade API:er; %1 har %2 av %3 kvar i dag.</numerusform>
            <numerusform>Körningen gör %n begäranden till kvoterade API:er; %1 har %2 av %3 kvar i dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not enough: the run pauses when the quota runs out and goes on after it resets at %1.</source>
        <translation>Det räcker inte: körningen pausas när kvoten tar slut och fortsätter när den har nollställts %1.</translation>
    </message>
    <message>
        <source>That is not enough: the run stops when the quota runs out (it resets at %1).</source>
        <translation>Det räcker inte: körningen stoppas när kvoten tar slut (den nollställs %1).</translation>
    </message>
</context>
<context>
    <name>opc::ui::RunnerPane</name>
    <message>
        <source>No run yet: choose Run… on a collection or folder.</source>
        <translation>Ingen körning än: välj Kör… på en samling eller mapp.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tid (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Double-click a row to open its exchange in the response viewer</source>
        <translation>Dubbelklicka på en rad för att öppna dess anrop i svarsvisaren</translation>
    </message>
    <message>
        <source>Collection run</source>
        <translation>Samlingskörning</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>%1 Paused until %2; the run goes on by itself when the quota is back.</source>
        <translation>%1 Pausad till %2; körningen fortsätter av sig själv när kvoten är tillbaka.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>stoppad: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 godkända, %2 misslyckade</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 överhoppade</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>ungefär %1 s kvar</translation>
    </message>
    <message>
        <source>Response times appear here</source>
        <translation>Svarstider visas här</translation>
    </message>
    <message>
        <source>Response times (ms)</source>
        <translation>Svarstider (ms)</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>begäranden</translation>
    </message>
    <message>
        <source>≤%1</source>
        <translation>≤%1</translation>
    </message>
</context>
<context>
    <name>opc::ui::SampleCollection</name>
    <message>
        <source>OP sandbox sample</source>
        <translation>Exempel för OP:s sandlåda</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 API: security level %2, token in %3, signature %4%5.</source>
        <translation>API:et %1: säkerhetsnivå %2, token i %3, signatur %4%5.</translation>
    </message>
    <message>
        <source>, mutual TLS</source>
        <translation>, ömsesidig TLS</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Anropsgräns</translation>
    </message>
    <message>
        <source>Rate-limit case: 429 TECHNICAL once the daily quota is used</source>
        <translation>Anropsgränsfall: 429 TECHNICAL när den dagliga kvoten är förbrukad</translation>
    </message>
    <message>
        <source>Every answer carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. Once the application has used its daily requests (1000 by default) the sandbox answers 429 with an ERROR TECHNICAL entry until midnight Europe/Helsinki, and the console blocks further sends. The local simulator&apos;s admin API sets the count used: PUT /apps/{apiKey}/quota {&quot;used&quot;: 1000}.</source>
        <translation>Varje svar har X-RateLimit-Limit, X-RateLimit-Remaining och X-RateLimit-Reset. När applikationen har använt sina dagliga begäranden (1000 som standard) svarar sandlådan 429 med en ERROR TECHNICAL-post fram till midnatt Europe/Helsinki, och konsolen spärrar fler sändningar. Den lokala simulatorns admin-API anger antalet använda: PUT /apps/{apiKey}/quota {&quot;used&quot;: 1000}.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Det gick inte att skapa mappen %1.</translation>
    </message>
    <message>
        <source>The sample collection is missing from this build.</source>
        <translation>Exempelsamlingen saknas i den här versionen.</translation>
    </message>
</context>
<context>
    <name>opc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Filtrera efter kommando eller tangent</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>opc::ui::TestsTab</name>
    <message>
        <source>Status is</source>
        <translation>Status är</translation>
    </message>
    <message>
        <source>Expected: a status code such as 201.</source>
        <translation>Förväntat: en statuskod, till exempel 201.</translation>
    </message>
    <message>
        <source>Status in range</source>
        <translation>Status inom intervall</translation>
    </message>
    <message>
        <source>Expected: a range such as 200-299.</source>
        <translation>Förväntat: ett intervall, till exempel 200-299.</translation>
    </message>
    <message>
        <source>Header exists</source>
        <translation>Huvud finns</translation>
    </message>
    <message>
        <source>Target: a header name such as x-request-id.</source>
        <translation>Mål: ett huvudnamn, till exempel x-request-id.</translation>
    </message>
    <message>
        <source>Header equals</source>
        <translation>Huvud är lika med</translation>
    </message>
    <message>
        <source>Target: a header name; expected: its exact value.</source>
        <translation>Mål: ett huvudnamn; förväntat: dess exakta värde.</translation>
    </message>
    <message>
        <source>Header matches</source>
        <translation>Huvud matchar</translation>
    </message>
    <message>
        <source>Target: a header name; expected: a regular expression.</source>
        <translation>Mål: ett huvudnamn; förväntat: ett reguljärt uttryck.</translation>
    </message>
    <message>
        <source>JSON value exists</source>
        <translation>JSON-värde finns</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer such as /paymentId.</source>
        <translation>Mål: en JSON Pointer, till exempel /paymentId.</translation>
    </message>
    <message>
        <source>JSON value equals</source>
        <translation>JSON-värde är lika med</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer; expected: JSON such as 5 or &quot;EUR&quot;.</source>
        <translation>Mål: en JSON Pointer; förväntat: JSON, till exempel 5 eller &quot;EUR&quot;.</translation>
    </message>
    <message>
        <source>JSON value matches</source>
        <translation>JSON-värde matchar</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer; expected: a regular expression.</source>
        <translation>Mål: en JSON Pointer; förväntat: ett reguljärt uttryck.</translation>
    </message>
    <message>
        <source>JSON value is a</source>
        <translation>JSON-värde är av typen</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer; expected: string, number, boolean, object, array or null.</source>
        <translation>Mål: en JSON Pointer; förväntat: string, number, boolean, object, array eller null.</translation>
    </message>
    <message>
        <source>Response time below</source>
        <translation>Svarstid under</translation>
    </message>
    <message>
        <source>Expected: milliseconds.</source>
        <translation>Förväntat: millisekunder.</translation>
    </message>
    <message>
        <source>No FATAL or ERROR</source>
        <translation>Ingen FATAL eller ERROR</translation>
    </message>
    <message>
        <source>Expected: warn-allowed, or no-warn to fail on a WARN too.</source>
        <translation>Förväntat: warn-allowed, eller no-warn för att även underkänna vid WARN.</translation>
    </message>
    <message>
        <source>JSON Pointer</source>
        <translation>JSON Pointer</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>Body regex</source>
        <translation>Regex i innehållet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Förväntat</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Uttryck</translation>
    </message>
    <message>
        <source>Checked after every response; captures feed {{variables}} of the next requests of a run.</source>
        <translation>Kontrolleras efter varje svar; fångster matar {{variables}} i körningens följande begäranden.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Fångster</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>underkänd</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed.</source>
        <translation>%1 av %2 kontroller godkända.</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed. Failed: %3</source>
        <translation>%1 av %2 kontroller godkända. Underkända: %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::TokenPicker</name>
    <message>
        <source>The token the next request sends (Alt+T; Alt+1 to Alt+4 pick a static token)</source>
        <translation>Token som nästa begäran skickar (Alt+T; Alt+1 till Alt+4 väljer en statisk token)</translation>
    </message>
    <message>
        <source>API&apos;s header</source>
        <translation>API:ets huvud</translation>
    </message>
    <message>
        <source>The header the token goes into; by default the one the API expects</source>
        <translation>Huvudet som token läggs i; som standard det som API:et förväntar sig</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>Prefix the token with &quot;Bearer &quot;</source>
        <translation>Sätt ”Bearer ” framför token</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Egen…</translation>
    </message>
    <message>
        <source>Add a custom token; its value is kept in the secret vault</source>
        <translation>Lägg till en egen token; dess värde förvaras i hemlighetsvalvet</translation>
    </message>
    <message>
        <source>Custom token</source>
        <translation>Egen token</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected custom token</source>
        <translation>Ta bort den valda egna token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>%1 (custom, %2)</source>
        <translation>%1 (egen, %2)</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Ingen token</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Skickar: %1</translation>
    </message>
    <message>
        <source>Sends: %1 (custom)</source>
        <translation>Skickar: %1 (egen)</translation>
    </message>
    <message>
        <source>The next request sends %1</source>
        <translation>Nästa begäran skickar %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>The value is kept in the secret vault.</source>
        <translation>Värdet förvaras i hemlighetsvalvet.</translation>
    </message>
    <message>
        <source>The value is kept for this session only.</source>
        <translation>Värdet sparas bara för den här sessionen.</translation>
    </message>
    <message>
        <source>The token has no value.</source>
        <translation>Token har inget värde.</translation>
    </message>
    <message>
        <source>The static sandbox tokens cannot be removed.</source>
        <translation>Sandlådans statiska token kan inte tas bort.</translation>
    </message>
    <message>
        <source>Remove the custom token &quot;%1&quot;?</source>
        <translation>Ta bort den egna token ”%1”?</translation>
    </message>
    <message>
        <source>The custom token store is not available.</source>
        <translation>Lagret för egna token är inte tillgängligt.</translation>
    </message>
    <message>
        <source>%1 in %2%3</source>
        <translation>%1 i %2%3</translation>
    </message>
    <message>
        <source> with Bearer</source>
        <translation> med Bearer</translation>
    </message>
    <message>
        <source>%1 takes the token %2 &quot;Bearer &quot;: the API decides. Choose a header to decide yourself.</source>
        <translation>%1 tar emot token %2 ”Bearer ”: API:et bestämmer. Välj ett huvud för att bestämma själv.</translation>
    </message>
    <message>
        <source>after</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>without</source>
        <translation>utan</translation>
    </message>
    <message>
        <source>%1 consent %2 (%3, token until %4)</source>
        <translation>%1-samtycke %2 (%3, token till %4)</translation>
    </message>
    <message>
        <source>Sends: the consent&apos;s access token</source>
        <translation>Skickar: samtyckets åtkomsttoken</translation>
    </message>
    <message>
        <source>Consents are revoked in Request › PSD2 consents.</source>
        <translation>Samtycken återkallas under Begäran › PSD2-samtycken.</translation>
    </message>
</context>
<context>
    <name>opc::ui::UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
</context>
<context>
    <name>opc::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
</TS>
