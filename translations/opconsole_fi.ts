<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>CollectionImporter</name>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Tiedosto on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>Not %1: %2 at offset %3.</source>
        <translation>Tämä ei ole %1: %2 kohdassa %3.</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source># The %1-byte request body was not kept; save it as body.bin.
</source>
        <translation># Pyynnön %1 tavun runkoa ei säilytetty; tallenna se tiedostoon body.bin.
</translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Virheellistä JSONia tavun %1 kohdalla: %2</translation>
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
        <translation>Natiivi konsoli OP:n sandbox-ympäristön kehittäjärajapinnoille, mukana upotettu sandbox-simulaattori.</translation>
    </message>
    <message>
        <source>Start, show the main window, exit 0.</source>
        <translation>Käynnistä, näytä pääikkuna ja poistu paluuarvolla 0.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first shown window, then exit.</source>
        <translation>Tulosta millisekunnit käynnistyksestä ensimmäisen ikkunan näyttämiseen ja poistu.</translation>
    </message>
    <message>
        <source>Run the scripted tour and save a PNG of each screen into &lt;dir&gt;.</source>
        <translation>Aja skriptattu esittelykierros ja tallenna jokaisesta näkymästä PNG-kuva kansioon &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (en, fi, sv); default: the system&apos;s.</source>
        <translation>Käytä käyttöliittymän kieltä &lt;code&gt; (en, fi, sv); oletus: järjestelmän kieli.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open &lt;url&gt; (a path such as /accounts/v3/accounts, or a full URL) in a new request tab.</source>
        <translation>Avaa &lt;url&gt; (polku kuten /accounts/v3/accounts tai täydellinen URL) uudessa pyyntövälilehdessä.</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ei kaikkii&amp;n</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>%1 (%2) at byte %3: use a {{secret:…}} reference instead.</source>
        <translation>%1 (%2) tavun %3 kohdalla: käytä sen sijaan {{secret:…}}-viittausta.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret %1 is bound to %2 and may not be sent to %3.</source>
        <translation>Salaisuus %1 on sidottu kohteeseen %2, eikä sitä saa lähettää kohteeseen %3.</translation>
    </message>
</context>
<context>
    <name>opc::ApiProduct</name>
    <message>
        <source>The catalogue has no product list.</source>
        <translation>Rajapintaluettelossa ei ole tuoteluetteloa.</translation>
    </message>
</context>
<context>
    <name>opc::ApplicationListModel</name>
    <message>
        <source>OP sandbox</source>
        <translation>OP:n sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Tuotanto</translation>
    </message>
    <message>
        <source>Local simulator</source>
        <translation>Paikallinen simulaattori</translation>
    </message>
    <message>
        <source>quota not seen yet</source>
        <translation>kiintiötä ei ole vielä nähty</translation>
    </message>
    <message>
        <source>%1 of %2 left today</source>
        <translation>%1/%2 jäljellä tänään</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiivinen)</translation>
    </message>
    <message>
        <source>%1: key %2, products %3</source>
        <translation>%1: avain %2, tuotteet %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>%1, active application</source>
        <translation>%1, aktiivinen sovellus</translation>
    </message>
    <message>
        <source>no products</source>
        <translation>ei tuotteita</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 tuote</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 tuotetta</translation>
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
        <translation>Sovellustiedosto %1 on vioittunut, eikä sitä voitu siirtää syrjään: %2</translation>
    </message>
    <message>
        <source>The applications file was damaged; it was kept as %1 and the list starts empty.</source>
        <translation>Sovellustiedosto oli vioittunut; se säilytettiin nimellä %1 ja luettelo aloitetaan tyhjänä.</translation>
    </message>
    <message>
        <source>The applications file was written by a newer version of the console; it is shown but not changed.</source>
        <translation>Sovellustiedoston on kirjoittanut konsolin uudempi versio; se näytetään, mutta sitä ei muuteta.</translation>
    </message>
    <message>
        <source>The applications file is read-only here (see the earlier message).</source>
        <translation>Sovellustiedosto on tässä vain luku -tilassa (katso aiempi viesti).</translation>
    </message>
    <message>
        <source>An application needs a name.</source>
        <translation>Sovellus tarvitsee nimen.</translation>
    </message>
    <message>
        <source>An application named &quot;%1&quot; exists already.</source>
        <translation>Sovellus nimeltä &quot;%1&quot; on jo olemassa.</translation>
    </message>
    <message>
        <source>Unlock the secret vault first: API keys and secrets are kept only there.</source>
        <translation>Avaa ensin salaisuusholvi: API-avaimia ja API-salaisuuksia säilytetään vain siellä.</translation>
    </message>
    <message>
        <source>An application with the id %1 exists already.</source>
        <translation>Sovellus, jonka tunnus on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>No application has the id %1.</source>
        <translation>Millään sovelluksella ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
</context>
<context>
    <name>opc::Assertion</name>
    <message>
        <source>status is %1</source>
        <translation>tilakoodi on %1</translation>
    </message>
    <message>
        <source>status in %1</source>
        <translation>tilakoodi välillä %1</translation>
    </message>
    <message>
        <source>header %1 exists</source>
        <translation>otsake %1 on olemassa</translation>
    </message>
    <message>
        <source>header %1 is &quot;%2&quot;</source>
        <translation>otsake %1 on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>header %1 matches %2</source>
        <translation>otsake %1 vastaa lauseketta %2</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 on olemassa</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 on yhtä kuin %2</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 vastaa lauseketta %2</translation>
    </message>
    <message>
        <source>%1 is a %2</source>
        <translation>%1 on tyyppiä %2</translation>
    </message>
    <message>
        <source>response time below %1 ms</source>
        <translation>vasteaika alle %1 ms</translation>
    </message>
    <message>
        <source>no FATAL or ERROR (WARN allowed)</source>
        <translation>ei FATAL- tai ERROR-merkintöjä (WARN sallittu)</translation>
    </message>
    <message>
        <source>no FATAL, ERROR or WARN</source>
        <translation>ei FATAL-, ERROR- tai WARN-merkintöjä</translation>
    </message>
    <message>
        <source>unknown assertion kind &quot;%1&quot;</source>
        <translation>tuntematon tarkistuksen laji &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the assertion &quot;%1&quot; lacks its %2</source>
        <translation>tarkistukselta &quot;%1&quot; puuttuu kenttä %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 kohdasta %2</translation>
    </message>
    <message>
        <source>%1 from the header %2</source>
        <translation>%1 otsakkeesta %2</translation>
    </message>
    <message>
        <source>%1 from the body matching %2</source>
        <translation>%1 rungosta lausekkeella %2</translation>
    </message>
    <message>
        <source>unknown capture source &quot;%1&quot;</source>
        <translation>tuntematon talteenoton lähde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the capture &quot;%1&quot; lacks its variable or expression</source>
        <translation>talteenotolta &quot;%1&quot; puuttuu muuttuja tai lauseke</translation>
    </message>
</context>
<context>
    <name>opc::Assertions</name>
    <message>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>runko ei ole JSONia (%1 kohdassa %2)</translation>
    </message>
    <message>
        <source>the regular expression is not valid (%1)</source>
        <translation>säännöllinen lauseke ei ole kelvollinen (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code</source>
        <translation>&quot;%1&quot; ei ole tilakoodi</translation>
    </message>
    <message>
        <source>got %1</source>
        <translation>saatiin %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range such as 200-299</source>
        <translation>&quot;%1&quot; ei ole väli, kuten 200-299</translation>
    </message>
    <message>
        <source>no such header</source>
        <translation>otsaketta ei ole</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>saatiin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>jäsentä ei ole</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer (it starts with /)</source>
        <translation>&quot;%1&quot; ei ole JSON Pointer (se alkaa merkillä /)</translation>
    </message>
    <message>
        <source>got a %1</source>
        <translation>saatiin tyyppi %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of milliseconds</source>
        <translation>&quot;%1&quot; ei ole millisekuntimäärä</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>kesti %1 ms</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>unknown assertion</source>
        <translation>tuntematon tarkistus</translation>
    </message>
    <message>
        <source>%1: no such member</source>
        <translation>%1: jäsentä ei ole</translation>
    </message>
    <message>
        <source>%1: no such header</source>
        <translation>%1: otsaketta ei ole</translation>
    </message>
    <message>
        <source>%1: no match</source>
        <translation>%1: ei osumaa</translation>
    </message>
    <message>
        <source>%1: unknown source</source>
        <translation>%1: tuntematon lähde</translation>
    </message>
</context>
<context>
    <name>opc::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Tiedoston %1 käyttöoikeuksia ei voi rajoittaa.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the file is larger than the system allows</source>
        <translation>tiedosto on suurempi kuin järjestelmä sallii</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (the previous version is unchanged)</source>
        <translation>Tiedostoa %1 ei voi tallentaa: %2 (edellinen versio on ennallaan)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; the limit is %3).</source>
        <translation>%1 on liian suuri (%2 tavua; raja on %3).</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside.</source>
        <translation>Vioittunutta tiedostoa %1 ei voi siirtää syrjään.</translation>
    </message>
</context>
<context>
    <name>opc::AutosaveJournal</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Automaattisen tallennuksen kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot lock the autosave folder %1.</source>
        <translation>Automaattisen tallennuksen kansiota %1 ei voi lukita.</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>odotettiin JSON-objektia</translation>
    </message>
    <message>
        <source>written by a newer version of the console</source>
        <translation>konsolin uudemman version kirjoittama</translation>
    </message>
    <message>
        <source>the tab id is missing or malformed</source>
        <translation>välilehden tunnus puuttuu tai on virheellinen</translation>
    </message>
    <message>
        <source>The autosave journal was not started.</source>
        <translation>Automaattisen tallennuksen lokia ei käynnistetty.</translation>
    </message>
    <message>
        <source>The tab id &quot;%1&quot; cannot name a journal file.</source>
        <translation>Välilehden tunnuksesta &quot;%1&quot; ei voi muodostaa lokitiedoston nimeä.</translation>
    </message>
    <message>
        <source>Cannot remove the autosaved copy %1.</source>
        <translation>Automaattisesti tallennettua kopiota %1 ei voi poistaa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; moved aside to %1</source>
        <translation>; siirretty syrjään nimellä %1</translation>
    </message>
    <message>
        <source>%1 is not a left-over autosaved copy.</source>
        <translation>%1 ei ole jäljelle jäänyt automaattisesti tallennettu kopio.</translation>
    </message>
</context>
<context>
    <name>opc::CertificateStore</name>
    <message>
        <source>The certificate index %1 is damaged: %2</source>
        <translation>Varmenteiden indeksitiedosto %1 on vioittunut: %2</translation>
    </message>
    <message>
        <source>Unlock the vault before importing a certificate.</source>
        <translation>Avaa holvi ennen varmenteen tuontia.</translation>
    </message>
    <message>
        <source>OpenSSL could not prepare the PKCS#12 import: %1</source>
        <translation>OpenSSL ei voinut valmistella PKCS#12-tuontia: %1</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation>Tämä ei ole PKCS#12-tiedosto (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Wrong password for this PKCS#12 file.</source>
        <translation>Väärä salasana tälle PKCS#12-tiedostolle.</translation>
    </message>
    <message>
        <source>This PKCS#12 file uses an old cipher and OpenSSL&apos;s legacy provider is not installed: %1</source>
        <translation>Tämä PKCS#12-tiedosto käyttää vanhaa salausalgoritmia, eikä OpenSSL:n legacy-palveluntarjoajaa ole asennettu: %1</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>PKCS#12-tiedostoa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation>PKCS#12-tiedostossa ei ole yksityistä avainta.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate.</source>
        <translation>PKCS#12-tiedostossa ei ole varmennetta.</translation>
    </message>
    <message>
        <source>The private key could not be converted.</source>
        <translation>Yksityistä avainta ei voitu muuntaa.</translation>
    </message>
    <message>
        <source>No PEM certificate was found (expected &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>PEM-varmennetta ei löytynyt (odotettiin &quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <source>Choose the private key for this certificate: none of the keys generated here matches it.</source>
        <translation>Valitse tämän varmenteen yksityinen avain: mikään täällä luoduista avaimista ei vastaa sitä.</translation>
    </message>
    <message>
        <source>The private key is encrypted: enter its passphrase.</source>
        <translation>Yksityinen avain on salattu: anna sen tunnuslause.</translation>
    </message>
    <message>
        <source>Wrong password for the private key.</source>
        <translation>Väärä salasana yksityiselle avaimelle.</translation>
    </message>
    <message>
        <source>The private key could not be read: %1</source>
        <translation>Yksityistä avainta ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate.</source>
        <translation>Yksityinen avain ei kuulu tähän varmenteeseen.</translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation>Varmennetta ei voitu lukea.</translation>
    </message>
    <message>
        <source>There is no certificate %1.</source>
        <translation>Varmennetta %1 ei ole.</translation>
    </message>
    <message>
        <source>No client certificate is set for %1 on %2.</source>
        <translation>Sovellukselle %1 ei ole asetettu asiakasvarmennetta palvelimelle %2.</translation>
    </message>
    <message>
        <source>The key type of %1 (%2) cannot be used for TLS here.</source>
        <translation>Varmenteen %1 avaintyyppiä (%2) ei voi käyttää täällä TLS:ään.</translation>
    </message>
    <message>
        <source>The stored certificate %1 could not be read.</source>
        <translation>Tallennettua varmennetta %1 ei voitu lukea.</translation>
    </message>
    <message>
        <source>Unlock the vault before creating a key.</source>
        <translation>Avaa holvi ennen avaimen luomista.</translation>
    </message>
    <message>
        <source>A certificate request needs a common name.</source>
        <translation>Varmennepyyntö tarvitsee yleisnimen (common name).</translation>
    </message>
    <message>
        <source>The key pair could not be generated: %1</source>
        <translation>Avainparia ei voitu luoda: %1</translation>
    </message>
    <message>
        <source>The subject field %1 is not valid: %2</source>
        <translation>Subject-kenttä %1 ei ole kelvollinen: %2</translation>
    </message>
    <message>
        <source>The certificate request could not be signed: %1</source>
        <translation>Varmennepyyntöä ei voitu allekirjoittaa: %1</translation>
    </message>
    <message>
        <source>The certificate request could not be written.</source>
        <translation>Varmennepyyntöä ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Varmenne vanheni %1.</translation>
    </message>
    <message>
        <source>The certificate expires in %1 days, on %2.</source>
        <translation>Varmenne vanhenee %1 päivän kuluttua, %2.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Varmenne on voimassa vasta %1 alkaen.</translation>
    </message>
    <message>
        <source>The certificate is not meant for client authentication: its extended key usage (%1) lacks clientAuth.</source>
        <translation>Varmennetta ei ole tarkoitettu asiakkaan todentamiseen: sen laajennetusta avainkäytöstä (%1) puuttuu clientAuth.</translation>
    </message>
</context>
<context>
    <name>opc::Collection</name>
    <message>
        <source>%1 copy</source>
        <translation>%1 (kopio)</translation>
    </message>
</context>
<context>
    <name>opc::CollectionExporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; use postman, http or curl.</source>
        <translation>Tuntematon vientimuoto &quot;%1&quot;; käytä muotoa postman, http tai curl.</translation>
    </message>
    <message>
        <source>The export contains secret-looking values and was not written:
%1</source>
        <translation>Vienti sisältää salaisuuksilta näyttäviä arvoja, eikä sitä kirjoitettu:
%1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 tavun %2 kohdalla</translation>
    </message>
    <message numerus="yes">
        <source>The export contains %n secret-looking value(s) and was not written:
%1</source>
        <translation>
            <numerusform>Vienti sisältää %n salaisuudelta näyttävän arvon, eikä sitä kirjoitettu:
%1</numerusform>
            <numerusform>Vienti sisältää %n salaisuuksilta näyttävää arvoa, eikä sitä kirjoitettu:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::CollectionRunner</name>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>stopped at the first failure (--bail)</source>
        <translation>pysäytettiin ensimmäiseen epäonnistumiseen (--bail)</translation>
    </message>
    <message>
        <source>The rate limit of the application is used up (429).</source>
        <translation>Sovelluksen pyyntörajoitus on käytetty loppuun (429).</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ei ajettu</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>ei lähetetty: %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ei lähetetty</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>onnistui %1, epäonnistui %2</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, ohitettu %1</translation>
    </message>
</context>
<context>
    <name>opc::CollectionStore</name>
    <message>
        <source>%1 is not a collection folder.</source>
        <translation>%1 ei ole kokoelmakansio.</translation>
    </message>
    <message>
        <source>%1 has no collection.json; it was created from the files found.</source>
        <translation>Kansiossa %1 ei ole tiedostoa collection.json; se luotiin löytyneistä tiedostoista.</translation>
    </message>
    <message>
        <source>Only part of the collection could be loaded; it is open read-only so that saving cannot remove what was not loaded.</source>
        <translation>Vain osa kokoelmasta voitiin ladata; se on avattu vain luku -tilassa, jotta tallentaminen ei poista lataamatta jäänyttä.</translation>
    </message>
    <message>
        <source>The collection is read-only (written by a newer version or loaded in part); it was not saved.</source>
        <translation>Kokoelma on vain luku -tilassa (uudemman version kirjoittama tai osittain ladattu); sitä ei tallennettu.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kansiota %1 ei voitu luoda.</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes; not loaded</source>
        <translation>tiedosto on suurempi kuin %1 tavua; ei ladattu</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>odotettiin JSON-objektia</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (schema %2, this version reads %3). The collection is open read-only; saving is disabled so the file stays as it is.</source>
        <translation>%1 on konsolin uudemman version kirjoittama (skeema %2, tämä versio lukee skeemaa %3). Kokoelma on avattu vain luku -tilassa; tallentaminen on poistettu käytöstä, jotta tiedosto pysyy ennallaan.</translation>
    </message>
    <message>
        <source>folders nested deeper than %1 levels were not loaded</source>
        <translation>yli %1 tason syvyydelle sisäkkäisiä kansioita ei ladattu</translation>
    </message>
    <message>
        <source>more than %1 entries; only the first were loaded</source>
        <translation>yli %1 merkintää; vain ensimmäiset ladattiin</translation>
    </message>
    <message>
        <source>more than %1 requests; the rest were not loaded</source>
        <translation>yli %1 pyyntöä; loput jätettiin lataamatta</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>ei luettelo</translation>
    </message>
    <message>
        <source>the request&apos;s %1 were kept as they are but not loaded: %2</source>
        <translation>pyynnön kenttä %1 säilytettiin sellaisenaan, mutta sitä ei ladattu: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, rivi %2, sarake %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; moved aside to %3</source>
        <translation>%1: %2; siirretty syrjään nimellä %3</translation>
    </message>
</context>
<context>
    <name>opc::Consent</name>
    <message>
        <source>Account information (AIS)</source>
        <translation>Tilitiedot (AIS)</translation>
    </message>
    <message>
        <source>Payment initiation (PIS)</source>
        <translation>Maksun käynnistys (PIS)</translation>
    </message>
    <message>
        <source>Confirmation of funds (CoF)</source>
        <translation>Katteen vahvistus (CoF)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>valtuutettu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
</context>
<context>
    <name>opc::ConsentFlow</name>
    <message>
        <source>Client-credentials token over mutual TLS (scope %1)</source>
        <translation>Client credentials -token molemminpuolisella TLS:llä (scope %1)</translation>
    </message>
    <message>
        <source>Create the SEPA payment and its authorization</source>
        <translation>Luo SEPA-maksu ja sen valtuutus</translation>
    </message>
    <message>
        <source>Create the authorization</source>
        <translation>Luo valtuutus</translation>
    </message>
    <message>
        <source>Open the bank&apos;s authorize page (strong customer authentication)</source>
        <translation>Avaa pankin valtuutussivu (vahva asiakkaan tunnistaminen)</translation>
    </message>
    <message>
        <source>The user approves or rejects</source>
        <translation>Käyttäjä hyväksyy tai hylkää</translation>
    </message>
    <message>
        <source>Exchange the code for access and refresh tokens</source>
        <translation>Vaihda koodi käyttö- ja päivitystokeneihin</translation>
    </message>
    <message>
        <source>The consent flow was cancelled before the user decided.</source>
        <translation>Suostumusprosessi peruttiin ennen kuin käyttäjä teki päätöksen.</translation>
    </message>
    <message>
        <source>The consent flow was cancelled while the browser was on the bank&apos;s page.</source>
        <translation>Suostumusprosessi peruttiin, kun selain oli pankin sivulla.</translation>
    </message>
    <message>
        <source>The console session is gone.</source>
        <translation>Konsolin istunto on päättynyt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The consent flow was cancelled.</source>
        <translation>Suostumusprosessi peruttiin.</translation>
    </message>
    <message>
        <source>the bank did not accept the application&apos;s API key and secret: %1</source>
        <translation>pankki ei hyväksynyt sovelluksen API-avainta ja API-salaisuutta: %1</translation>
    </message>
    <message>
        <source>client-credentials token</source>
        <translation>client credentials -token</translation>
    </message>
    <message>
        <source>%1: the page is not the simulator&apos;s test-user page; complete it in a browser.</source>
        <translation>%1: sivu ei ole simulaattorin testikäyttäjäsivu; suorita se loppuun selaimessa.</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back from the bank&apos;s page within %n minute(s); start the consent again.</source>
        <translation>
            <numerusform>Selain ei palannut pankin sivulta %n minuutin kuluessa; aloita suostumus uudelleen.</numerusform>
            <numerusform>Selain ei palannut pankin sivulta %n minuutin kuluessa; aloita suostumus uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the redirect&apos;s state does not match this flow&apos;s; the answer was ignored.</source>
        <translation>%1: uudelleenohjauksen state-arvo ei vastaa tämän prosessin arvoa; vastaus ohitettiin.</translation>
    </message>
    <message>
        <source>The user rejected the consent in the browser (%1): no token was issued, and the consent is listed as rejected. Start a new one to try again.</source>
        <translation>Käyttäjä hylkäsi suostumuksen selaimessa (%1): tokenia ei myönnetty, ja suostumus on merkitty hylätyksi. Yritä uudelleen aloittamalla uusi suostumus.</translation>
    </message>
    <message>
        <source>The user %1 rejected the consent (%2): no token was issued, and the consent is listed as rejected. Start a new one to try again.</source>
        <translation>Käyttäjä %1 hylkäsi suostumuksen (%2): tokenia ei myönnetty, ja suostumus on merkitty hylätyksi. Yritä uudelleen aloittamalla uusi suostumus.</translation>
    </message>
    <message>
        <source>%1: the redirect carried neither a code nor an error.</source>
        <translation>%1: uudelleenohjauksessa ei ollut koodia eikä virhettä.</translation>
    </message>
</context>
<context>
    <name>opc::ConsentService</name>
    <message>
        <source>This %1 request needs the user&apos;s consent, and the application has none yet: get one in Request › PSD2 consents (a static token is never accepted here).</source>
        <translation>Tämä %1-pyyntö tarvitsee käyttäjän suostumuksen, eikä sovelluksella ole vielä sellaista: hanki se kohdasta Pyyntö › PSD2-suostumukset (staattista tokenia ei koskaan hyväksytä tässä).</translation>
    </message>
    <message>
        <source>This %1 request needs the user&apos;s consent: %2</source>
        <translation>Tämä %1-pyyntö tarvitsee käyttäjän suostumuksen: %2</translation>
    </message>
    <message>
        <source>The consent %1 was never approved: finish its flow or start a new one.</source>
        <translation>Suostumusta %1 ei koskaan hyväksytty: vie sen prosessi loppuun tai aloita uusi.</translation>
    </message>
    <message>
        <source>The consent %1 was rejected by the user %2: start a new one.</source>
        <translation>Käyttäjä %2 hylkäsi suostumuksen %1: aloita uusi.</translation>
    </message>
    <message>
        <source>The consent %1 expired on %2: ask the user for a new one.</source>
        <translation>Suostumus %1 vanheni %2: pyydä käyttäjältä uusi.</translation>
    </message>
    <message>
        <source>The consent %1 was revoked: ask the user for a new one.</source>
        <translation>Suostumus %1 peruttiin: pyydä käyttäjältä uusi.</translation>
    </message>
    <message>
        <source>The payment of consent %1 was submitted: a payment consent is used once.</source>
        <translation>Suostumuksen %1 maksu on lähetetty: maksusuostumusta käytetään vain kerran.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Millään suostumuksella ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>%1 consent %2</source>
        <translation>%1-suostumus %2</translation>
    </message>
    <message>
        <source>The consent %1 has no refresh token: start a new one.</source>
        <translation>Suostumuksella %1 ei ole päivitystokenia: aloita uusi.</translation>
    </message>
    <message>
        <source>Refreshing the token of consent %1: %2</source>
        <translation>Suostumuksen %1 tokenin päivitys: %2</translation>
    </message>
    <message>
        <source>the consent is gone</source>
        <translation>suostumusta ei enää ole</translation>
    </message>
    <message>
        <source>Revoking consent %1: %2</source>
        <translation>Suostumuksen %1 peruminen: %2</translation>
    </message>
    <message>
        <source>The access token of consent %1 was refused (%2): it has expired or is unknown to the bank. The console refreshes it before the next request; if that fails, start a new consent.</source>
        <translation>Suostumuksen %1 käyttötoken hylättiin (%2): se on vanhentunut tai pankille tuntematon. Konsoli päivittää sen ennen seuraavaa pyyntöä; jos se epäonnistuu, aloita uusi suostumus.</translation>
    </message>
    <message>
        <source>The bank refused consent %1 (403 SECURITY: %2): it was revoked or is no longer authorized. Ask the user for a new consent.</source>
        <translation>Pankki hylkäsi suostumuksen %1 (403 SECURITY: %2): se on peruttu tai ei ole enää valtuutettu. Pyydä käyttäjältä uusi suostumus.</translation>
    </message>
</context>
<context>
    <name>opc::ConsentStore</name>
    <message>
        <source>The consent list was damaged; it was kept as %1 and the list starts empty.</source>
        <translation>Suostumusluettelo oli vioittunut; se säilytettiin nimellä %1 ja luettelo aloitetaan tyhjänä.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console: it is read but not changed.</source>
        <translation>%1 on konsolin uudemman version kirjoittama: se luetaan, mutta sitä ei muuteta.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console and is not changed.</source>
        <translation>%1 on konsolin uudemman version kirjoittama, eikä sitä muuteta.</translation>
    </message>
    <message>
        <source>Unlock the secret vault first: consent tokens are kept only there.</source>
        <translation>Avaa ensin salaisuusholvi: suostumusten tokeneita säilytetään vain siellä.</translation>
    </message>
    <message>
        <source>Unlock the secret vault to use the consent&apos;s token.</source>
        <translation>Avaa salaisuusholvi käyttääksesi suostumuksen tokenia.</translation>
    </message>
    <message>
        <source>The consent %1 has no access token.</source>
        <translation>Suostumuksella %1 ei ole käyttötokenia.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Millään suostumuksella ei ole tunnusta %1.</translation>
    </message>
</context>
<context>
    <name>opc::ConsoleSession</name>
    <message>
        <source>No application has the id %1.</source>
        <translation>Millään sovelluksella ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>The CA certificate of %1 cannot be used: %2</source>
        <translation>Ympäristön %1 CA-varmennetta ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>The revocation list of %1 cannot be used: %2</source>
        <translation>Ympäristön %1 sulkulistaa ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>%1 calls a mutual-TLS API: unlock the vault and bind a client certificate to the application in Certificates.</source>
        <translation>Sovellus %1 kutsuu molemminpuolista TLS:ää käyttävää rajapintaa: avaa holvi ja sido sovellukseen asiakasvarmenne kohdassa Varmenteet.</translation>
    </message>
    <message>
        <source>%1 calls a mutual-TLS API but has no client certificate for %2: bind one in the application manager or in Certificates.</source>
        <translation>Sovellus %1 kutsuu molemminpuolista TLS:ää käyttävää rajapintaa, mutta sillä ei ole asiakasvarmennetta palvelimelle %2: sido varmenne sovellusten hallinnassa tai kohdassa Varmenteet.</translation>
    </message>
    <message>
        <source>The embedded simulator is not running: choose an application to send as.</source>
        <translation>Upotettu simulaattori ei ole käynnissä: valitse sovellus, jonka nimissä lähetetään.</translation>
    </message>
    <message>
        <source>Unlock the secret vault to send as %1: its key and secret are kept there.</source>
        <translation>Avaa salaisuusholvi lähettääksesi sovelluksena %1: sen API-avain ja API-salaisuus säilytetään siellä.</translation>
    </message>
    <message>
        <source>%1 has no API key yet: paste it in the application manager.</source>
        <translation>Sovelluksella %1 ei ole vielä API-avainta: liitä se sovellusten hallinnassa.</translation>
    </message>
    <message>
        <source>The exchange was not added to the history: %1</source>
        <translation>Pyyntöä ja vastausta ei lisätty historiaan: %1</translation>
    </message>
</context>
<context>
    <name>opc::CurlImporter</name>
    <message>
        <source>The text is larger than %1 bytes.</source>
        <translation>Teksti on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>komento %1</translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation>yli %1 pyyntöä; ei tuotu</translation>
    </message>
    <message>
        <source>body from file %1 not imported</source>
        <translation>runkoa tiedostosta %1 ei tuotu</translation>
    </message>
    <message>
        <source>cookie file %1 not read</source>
        <translation>evästetiedostoa %1 ei luettu</translation>
    </message>
    <message>
        <source>form field %1 not imported (multipart forms are not supported from curl)</source>
        <translation>lomakekenttää %1 ei tuotu (multipart-lomakkeita ei tueta curlista)</translation>
    </message>
    <message>
        <source>%1 %2 not imported; add certificates in the certificate store</source>
        <translation>%1 %2 ei tuotu; lisää varmenteet varmennevarastoon</translation>
    </message>
    <message>
        <source>no URL in the command</source>
        <translation>komennossa ei ole URL:ää</translation>
    </message>
    <message>
        <source>ignored options: %1</source>
        <translation>ohitetut valitsimet: %1</translation>
    </message>
    <message>
        <source>No curl command found.</source>
        <translation>Yhtään curl-komentoa ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>opc::CustomTokenStore</name>
    <message>
        <source>The custom token list was damaged; it was kept as %1 and the list starts empty.</source>
        <translation>Omien tokenien luettelo oli vioittunut; se säilytettiin nimellä %1 ja luettelo aloitetaan tyhjänä.</translation>
    </message>
    <message>
        <source>A custom token needs a name.</source>
        <translation>Oma token tarvitsee nimen.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has no value.</source>
        <translation>Tokenilla &quot;%1&quot; ei ole arvoa.</translation>
    </message>
    <message>
        <source>A custom token named &quot;%1&quot; exists already.</source>
        <translation>Oma token nimeltä &quot;%1&quot; on jo olemassa.</translation>
    </message>
    <message>
        <source>Unlock the secret vault first: token values are kept only there.</source>
        <translation>Avaa ensin salaisuusholvi: tokenien arvoja säilytetään vain siellä.</translation>
    </message>
    <message>
        <source>No custom token is named &quot;%1&quot;.</source>
        <translation>Omaa tokenia nimeltä &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>No custom token has the id %1.</source>
        <translation>Millään omalla tokenilla ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>Unlock the secret vault to use custom tokens.</source>
        <translation>Avaa salaisuusholvi käyttääksesi omia tokeneita.</translation>
    </message>
</context>
<context>
    <name>opc::EncryptedFileVault</name>
    <message>
        <source>The vault uses a key derivation this version does not know (id %1).</source>
        <translation>Holvi käyttää avaimen johtamismenetelmää, jota tämä versio ei tunne (tunnus %1).</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was not replaced.</source>
        <translation>Sijainnissa %1 on jo holvi; sitä ei korvattu.</translation>
    </message>
    <message>
        <source>The system has no source of secure random numbers.</source>
        <translation>Järjestelmässä ei ole turvallisten satunnaislukujen lähdettä.</translation>
    </message>
    <message>
        <source>There is no vault at %1 yet.</source>
        <translation>Sijainnissa %1 ei ole vielä holvia.</translation>
    </message>
    <message>
        <source>This vault has no passphrase slot; unlock it with the keychain.</source>
        <translation>Tällä holvilla ei ole tunnuslausepaikkaa; avaa se avainnipulla.</translation>
    </message>
    <message>
        <source>This vault has no keychain slot; unlock it with the passphrase.</source>
        <translation>Tällä holvilla ei ole avainnippupaikkaa; avaa se tunnuslauseella.</translation>
    </message>
    <message>
        <source>The keychain key does not open this vault.</source>
        <translation>Avainnipun avain ei avaa tätä holvia.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Väärä tunnuslause</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>Ympäristömuuttujaa %1 ei ole asetettu.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Holvi on lukittu.</translation>
    </message>
    <message>
        <source>A secret needs a name of reasonable length.</source>
        <translation>Salaisuus tarvitsee kohtuullisen pituisen nimen.</translation>
    </message>
    <message>
        <source>There is no secret named %1.</source>
        <translation>Salaisuutta nimeltä %1 ei ole.</translation>
    </message>
    <message>
        <source>The secret %1 failed authentication: the vault file was damaged or altered.</source>
        <translation>Salaisuuden %1 todennus epäonnistui: holvitiedosto on vioittunut tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>The secret %1 is damaged.</source>
        <translation>Salaisuus %1 on vioittunut.</translation>
    </message>
    <message>
        <source>A backup cannot replace the vault itself.</source>
        <translation>Varmuuskopio ei voi korvata itse holvia.</translation>
    </message>
    <message>
        <source>The vault file is corrupt: %1. It was left unchanged; you can move it aside and start a new vault.</source>
        <translation>Holvitiedosto on vioittunut: %1. Sitä ei muutettu; voit siirtää sen syrjään ja aloittaa uuden holvin.</translation>
    </message>
</context>
<context>
    <name>opc::Environment</name>
    <message>
        <source>Local simulator</source>
        <translation>Paikallinen simulaattori</translation>
    </message>
    <message>
        <source>OP sandbox</source>
        <translation>OP:n sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Tuotanto</translation>
    </message>
</context>
<context>
    <name>opc::EnvironmentStore</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 kohdassa %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ei JSON-objekti</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was moved to %3 and the built-in environments are used.</source>
        <translation>Tiedostoa %1 ei voitu lukea (%2); se siirrettiin nimelle %3 ja käytössä ovat sisäänrakennetut ympäristöt.</translation>
    </message>
    <message>
        <source>(could not be moved)</source>
        <translation>(ei voitu siirtää)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (schema %2); it is shown read-only and will not be changed.</source>
        <translation>%1 on konsolin uudemman version kirjoittama (skeema %2); se näytetään vain luku -tilassa, eikä sitä muuteta.</translation>
    </message>
    <message>
        <source>The environments file is read-only.</source>
        <translation>Ympäristötiedosto on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The %1 environment exists already.</source>
        <translation>Ympäristö %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>Ympäristö tarvitsee nimen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) base URL.</source>
        <translation>&quot;%1&quot; ei ole http(s)-perus-URL.</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;.</source>
        <translation>Ympäristöä &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>The built-in environment &quot;%1&quot; cannot be removed.</source>
        <translation>Sisäänrakennettua ympäristöä &quot;%1&quot; ei voi poistaa.</translation>
    </message>
    <message>
        <source>Unlock the vault to store a secret variable.</source>
        <translation>Avaa holvi tallentaaksesi salaisen muuttujan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen muuttujan nimi.</translation>
    </message>
    <message>
        <source>Unlock the vault to remove a secret variable.</source>
        <translation>Avaa holvi poistaaksesi salaisen muuttujan.</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot; any more: choose another one for the application.</source>
        <translation>Ympäristöä &quot;%1&quot; ei enää ole: valitse sovellukselle toinen.</translation>
    </message>
    <message>
        <source>The embedded simulator is not running.</source>
        <translation>Upotettu simulaattori ei ole käynnissä.</translation>
    </message>
    <message>
        <source>The environment %1 has no base URL.</source>
        <translation>Ympäristöllä %1 ei ole perus-URL:ää.</translation>
    </message>
</context>
<context>
    <name>opc::HistoryStore</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Historialle ei voi luoda kansiota %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; history is not kept.</source>
        <translation>Qt:n SQLite-ajuri puuttuu; historiaa ei tallenneta.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Historiaa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable history database (%2).</source>
        <translation>%1 ei ole luettavissa oleva historiatietokanta (%2).</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used: %2</source>
        <translation>Historiatietokantaa %1 ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2).</source>
        <translation>%1 ei läpäissyt eheystarkistusta (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not the console&apos;s history.</source>
        <translation>%1 on SQLite-tietokanta, mutta ei konsolin historia.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of the console (schema %2, this version reads %3). It is left untouched and no history is kept.</source>
        <translation>Historian %1 on kirjoittanut konsolin uudempi versio (skeema %2, tämä versio lukee skeemaa %3). Siihen ei kosketa, eikä historiaa tallenneta.</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1 before upgrading it.</source>
        <translation>Historiaa ei voi varmuuskopioida tiedostoon %1 ennen sen päivittämistä.</translation>
    </message>
    <message>
        <source>Cannot create the history: %1</source>
        <translation>Historiaa ei voi luoda: %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1: %2</source>
        <translation>Historiaa %1 ei voi päivittää: %2</translation>
    </message>
    <message>
        <source>The history was upgraded from schema %1 to %2; the old file was kept as %3.</source>
        <translation>Historia päivitettiin skeemasta %1 skeemaan %2; vanha tiedosto säilytettiin nimellä %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 It was moved to %2 and a new, empty history was started.</source>
        <translation>%1 Se siirrettiin nimelle %2, ja uusi, tyhjä historia aloitettiin.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Historia ei ole auki.</translation>
    </message>
    <message>
        <source>The history %1 became unreadable (%2).</source>
        <translation>Historiasta %1 tuli lukukelvoton (%2).</translation>
    </message>
    <message>
        <source>Cannot record the exchange in the history: %1</source>
        <translation>Pyyntöä ja vastausta ei voi tallentaa historiaan: %1</translation>
    </message>
    <message>
        <source>Cannot record the exchange in the history.</source>
        <translation>Pyyntöä ja vastausta ei voi tallentaa historiaan.</translation>
    </message>
    <message>
        <source>Cannot prune the history: %1</source>
        <translation>Historiaa ei voi karsia: %1</translation>
    </message>
    <message>
        <source>The history kept the first %1 of %2 bytes of this body.</source>
        <translation>Historiaan tallennettiin tämän rungon %2 tavusta vain ensimmäiset %1.</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>Historiasta ei voi poistaa: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Historiaa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation>Historiaa ei voi tyhjentää: %1</translation>
    </message>
</context>
<context>
    <name>opc::HttpEngine</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation>Yhteyttä kohteeseen %1:%2 ei saatu %3 sekunnin kuluessa.</translation>
    </message>
    <message>
        <source>The request did not complete within the time limit of %1 s; %2 bytes of the body had arrived.</source>
        <translation>Pyyntö ei valmistunut %1 sekunnin aikarajan kuluessa; rungosta oli saapunut %2 tavua.</translation>
    </message>
    <message>
        <source>The response body could not be written to a temporary file (disk full?).</source>
        <translation>Vastauksen runkoa ei voitu kirjoittaa väliaikaistiedostoon (levy täynnä?).</translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 MB; only the first %1 MB were kept (truncated).</source>
        <translation>Vastaus ylittää %1 Mt:n rajan; vain ensimmäiset %1 Mt säilytettiin (katkaistu).</translation>
    </message>
    <message>
        <source>Truncated response: %1 of %2 bytes (the connection was closed early).</source>
        <translation>Katkennut vastaus: %1/%2 tavua (yhteys suljettiin ennenaikaisesti).</translation>
    </message>
    <message>
        <source>Truncated response: the connection was closed after %1 bytes of the body.</source>
        <translation>Katkennut vastaus: yhteys suljettiin, kun rungosta oli saatu %1 tavua.</translation>
    </message>
    <message>
        <source>The compressed response expands far beyond its size (a decompression bomb); it was stopped.</source>
        <translation>Pakattu vastaus laajenee moninkertaiseksi kokoonsa nähden (purkupommi); se pysäytettiin.</translation>
    </message>
    <message>
        <source>Truncated response: %1 of %2 bytes.</source>
        <translation>Katkennut vastaus: %1/%2 tavua.</translation>
    </message>
    <message>
        <source>The server requires a client certificate for this API: it ended the TLS handshake when none was presented.</source>
        <translation>Palvelin vaatii tähän rajapintaan asiakasvarmenteen: se lopetti TLS-kättelyn, kun varmennetta ei esitetty.</translation>
    </message>
    <message>
        <source>unknown CA</source>
        <translation>tuntematon varmentaja (CA)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>mitätöity</translation>
    </message>
    <message>
        <source>bad certificate</source>
        <translation>virheellinen varmenne</translation>
    </message>
    <message>
        <source>The server rejected your client certificate (%1).</source>
        <translation>Palvelin hylkäsi asiakasvarmenteesi (%1).</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (407); set them in the network settings.</source>
        <translation>Välityspalvelin %1 pyytää käyttäjänimeä ja salasanaa (407); aseta ne verkkoasetuksissa.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the user &quot;%2&quot; and its password (407).</source>
        <translation>Välityspalvelin %1 hylkäsi käyttäjän &quot;%2&quot; ja sen salasanan (407).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used: %2</source>
        <translation>Välityspalvelinta %1 ei voitu käyttää: %2</translation>
    </message>
    <message>
        <source>Nothing is listening at %1:%2 (connection refused).</source>
        <translation>Osoitteessa %1:%2 ei kuuntele mikään (yhteys evätty).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Isäntänimeä %1 ei voitu selvittää.</translation>
    </message>
    <message>
        <source>The connection to %1:%2 timed out.</source>
        <translation>Yhteys kohteeseen %1:%2 aikakatkaistiin.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake: it may have rejected the client certificate.</source>
        <translation>Palvelin sulki yhteyden TLS-kättelyn aikana: se on ehkä hylännyt asiakasvarmenteen.</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake without answering: it most likely rejected your client certificate (%1).</source>
        <translation>Palvelin sulki yhteyden heti TLS-kättelyn jälkeen vastaamatta: se todennäköisesti hylkäsi asiakasvarmenteesi (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection before sending a response.</source>
        <translation>Palvelin sulki yhteyden ennen vastauksen lähettämistä.</translation>
    </message>
    <message>
        <source>The server only offers TLS 1.0/1.1, which the console refuses: TLS 1.2 or newer is required.</source>
        <translation>Palvelin tarjoaa vain TLS 1.0/1.1:tä, jota konsoli ei hyväksy: TLS 1.2 tai uudempi vaaditaan.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>TLS-kättely palvelimen %1 kanssa epäonnistui: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Pyyntö kohteeseen %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects (a loop?): %2</source>
        <translation>Pysäytettiin %1 uudelleenohjauksen jälkeen (silmukka?): %2</translation>
    </message>
    <message>
        <source>The server redirected to an unusable location: %1</source>
        <translation>Palvelin ohjasi uudelleen käyttökelvottomaan sijaintiin: %1</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from https to plain http (%1): the request would travel unencrypted.</source>
        <translation>Uudelleenohjausta https:stä salaamattomaan http:hen ei seurattu (%1): pyyntö kulkisi salaamattomana.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect to plain http on another computer (%1).</source>
        <translation>Uudelleenohjausta salaamattomaan http:hen toisella tietokoneella ei seurattu (%1).</translation>
    </message>
    <message>
        <source>Not following the %1 redirect to another origin (%2): it would re-send the request body there.</source>
        <translation>Tilakoodin %1 uudelleenohjausta toiseen alkuperään (%2) ei seurata: se lähettäisi pyynnön rungon uudelleen sinne.</translation>
    </message>
    <message>
        <source> (credentials removed for another origin)</source>
        <translation> (tunnistetiedot poistettu toista alkuperää varten)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: the connection was refused.</source>
        <translation>Palvelimen varmenne vanheni %1: yhteys hylättiin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1: the connection was refused.</source>
        <translation>Palvelimen varmenne on voimassa vasta %1 alkaen: yhteys hylättiin.</translation>
    </message>
    <message>
        <source>Host name mismatch: the server&apos;s certificate is not valid for %1.</source>
        <translation>Isäntänimi ei täsmää: palvelimen varmenne ei ole voimassa nimelle %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed and its issuer is not trusted for this environment.</source>
        <translation>Palvelimen varmenne on itse allekirjoitettu, eikä sen myöntäjään luoteta tässä ympäristössä.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate issuer is not trusted for this environment (%1).</source>
        <translation>Palvelimen varmenteen myöntäjään ei luoteta tässä ympäristössä (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is unsuitable for this purpose (it is not a TLS server certificate).</source>
        <translation>Palvelimen varmenne ei sovellu tähän käyttöön (se ei ole TLS-palvelinvarmenne).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Palvelimen varmenne on mitätöity.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was rejected: %1</source>
        <translation>Palvelimen varmenne hylättiin: %1</translation>
    </message>
</context>
<context>
    <name>opc::HttpFileImporter</name>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Tiedosto on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation>pyyntöä edeltävä skripti</translation>
    </message>
    <message>
        <source>response handler script is not imported and never run</source>
        <translation>vastauksen käsittelijäskriptiä ei tuoda eikä koskaan suoriteta</translation>
    </message>
    <message>
        <source>no request line</source>
        <translation>ei pyyntöriviä</translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation>yli %1 pyyntöä; ei tuotu</translation>
    </message>
    <message>
        <source>a body read from a file is not imported; the file was not read</source>
        <translation>tiedostosta luettavaa runkoa ei tuoda; tiedostoa ei luettu</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (rivi %2)</translation>
    </message>
    <message>
        <source>No request found in the file.</source>
        <translation>Tiedostosta ei löytynyt pyyntöä.</translation>
    </message>
</context>
<context>
    <name>opc::JwsSigner</name>
    <message>
        <source>A signed request needs the application&apos;s client certificate and its private key.</source>
        <translation>Allekirjoitettu pyyntö tarvitsee sovelluksen asiakasvarmenteen ja sen yksityisen avaimen.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key cannot sign a JWS: it must be RSA (RS256) or an EC P-256 key (ES256).</source>
        <translation>Asiakasvarmenteen avaimella ei voi allekirjoittaa JWS:ää: sen on oltava RSA-avain (RS256) tai EC P-256 -avain (ES256).</translation>
    </message>
    <message>
        <source>The request body could not be signed.</source>
        <translation>Pyynnön runkoa ei voitu allekirjoittaa.</translation>
    </message>
</context>
<context>
    <name>opc::KeySigner</name>
    <message>
        <source>The request could not be signed with the key.</source>
        <translation>Pyyntöä ei voitu allekirjoittaa avaimella.</translation>
    </message>
</context>
<context>
    <name>opc::KeychainVault</name>
    <message>
        <source>No keychain service is available: using the passphrase vault</source>
        <translation>Avainnippupalvelua ei ole saatavilla: käytetään tunnuslauseholvia</translation>
    </message>
    <message>
        <source>The keychain has no key for this vault yet.</source>
        <translation>Avainnipussa ei ole vielä avainta tälle holville.</translation>
    </message>
    <message>
        <source>The keychain refused to give the vault key: %1</source>
        <translation>Avainnippu kieltäytyi antamasta holvin avainta: %1</translation>
    </message>
    <message>
        <source>Unlock the vault with its passphrase first.</source>
        <translation>Avaa ensin holvi sen tunnuslauseella.</translation>
    </message>
    <message>
        <source>The keychain refused to store the vault key: %1</source>
        <translation>Avainnippu kieltäytyi tallentamasta holvin avainta: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms.</source>
        <translation>Avainnippu ei vastannut %1 ms:n kuluessa.</translation>
    </message>
</context>
<context>
    <name>opc::LoopbackRedirect</name>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s redirect: %1</source>
        <translation>Osoitteessa 127.0.0.1 ei voitu kuunnella selaimen uudelleenohjausta: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ei löytynyt</translation>
    </message>
    <message>
        <source>This address only takes the bank&apos;s redirect back to the console.</source>
        <translation>Tämä osoite vastaanottaa vain pankin uudelleenohjauksen takaisin konsoliin.</translation>
    </message>
    <message>
        <source>Consent not given</source>
        <translation>Suostumusta ei annettu</translation>
    </message>
    <message>
        <source>The bank says the consent was not given. You can close this tab and return to OP Developer Console.</source>
        <translation>Pankin mukaan suostumusta ei annettu. Voit sulkea tämän välilehden ja palata OP Developer Consoleen.</translation>
    </message>
    <message>
        <source>Consent received</source>
        <translation>Suostumus vastaanotettu</translation>
    </message>
    <message>
        <source>The console has the bank&apos;s answer. You can close this tab and return to OP Developer Console.</source>
        <translation>Konsoli on saanut pankin vastauksen. Voit sulkea tämän välilehden ja palata OP Developer Consoleen.</translation>
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
        <translation>Token-päätepiste vastasi ilman access_token-kenttää.</translation>
    </message>
</context>
<context>
    <name>opc::OpRsaSigner</name>
    <message>
        <source>the merchant&apos;s RSA private key is missing: bind a certificate with an RSA key to the application.</source>
        <translation>kauppiaan yksityinen RSA-avain puuttuu: sido sovellukseen varmenne, jossa on RSA-avain.</translation>
    </message>
    <message>
        <source>the request could not be signed with the merchant&apos;s key.</source>
        <translation>pyyntöä ei voitu allekirjoittaa kauppiaan avaimella.</translation>
    </message>
</context>
<context>
    <name>opc::OpenApiImporter</name>
    <message>
        <source>an OpenAPI JSON document</source>
        <translation>OpenAPI-JSON-dokumentti</translation>
    </message>
    <message>
        <source>Only OpenAPI 3 JSON documents are supported.</source>
        <translation>Vain OpenAPI 3 -JSON-dokumentteja tuetaan.</translation>
    </message>
    <message>
        <source>more than %1 requests; not imported</source>
        <translation>yli %1 pyyntöä; ei tuotu</translation>
    </message>
    <message>
        <source>callbacks not imported</source>
        <translation>takaisinkutsuja (callbacks) ei tuotu</translation>
    </message>
</context>
<context>
    <name>opc::PostmanImporter</name>
    <message numerus="yes">
        <source>%n saved example response(s) are not imported</source>
        <translation>
            <numerusform>%n tallennettu esimerkkivastaus jätetään tuomatta</numerusform>
            <numerusform>%n tallennettua esimerkkivastausta jätetään tuomatta</numerusform>
        </translation>
    </message>
    <message>
        <source>a Postman collection</source>
        <translation>Postman-kokoelma</translation>
    </message>
    <message>
        <source>Not a Postman collection: no &quot;info&quot; and &quot;item&quot;.</source>
        <translation>Tämä ei ole Postman-kokoelma: &quot;info&quot;- ja &quot;item&quot;-kentät puuttuvat.</translation>
    </message>
    <message>
        <source>Unsupported Postman schema %1; export as Collection v2.1.</source>
        <translation>Postman-skeemaa %1 ei tueta; vie kokoelma muodossa Collection v2.1.</translation>
    </message>
    <message numerus="yes">
        <source>applied to each of the %n request(s) beneath</source>
        <translation>
            <numerusform>sovellettu sen alla olevaan %n pyyntöön</numerusform>
            <numerusform>sovellettu jokaiseen sen alla olevasta %n pyynnöstä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) translated into assertions</source>
        <translation>
            <numerusform>%n tarkistus muunnettiin konsolin tarkistukseksi</numerusform>
            <numerusform>%n tarkistusta muunnettiin konsolin tarkistuksiksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) captured</source>
        <translation>
            <numerusform>%n muuttuja otettiin talteen</numerusform>
            <numerusform>%n muuttujaa otettiin talteen</numerusform>
        </translation>
    </message>
    <message>
        <source>collection</source>
        <translation>kokoelma</translation>
    </message>
    <message>
        <source>%1 (test script)</source>
        <translation>%1 (testiskripti)</translation>
    </message>
    <message>
        <source>%1 (test &quot;%2&quot;)</source>
        <translation>%1 (testi &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>not translated: %1</source>
        <translation>ei muunnettu: %1</translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation>pyyntöä edeltävä skripti</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1-skripti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>scripts are not imported and never run</source>
        <translation>skriptejä ei tuoda eikä koskaan suoriteta</translation>
    </message>
    <message>
        <source>not translated: there is no request beneath it to check</source>
        <translation>ei käännetty: sen alla ei ole pyyntöä, jota tarkistaa</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>folders nested deeper than %1 levels are not imported</source>
        <translation>yli %1 tason syvyisiä kansioita ei tuoda</translation>
    </message>
    <message>
        <source>more than %1 requests; this and the following were not imported</source>
        <translation>yli %1 pyyntöä; tätä ja seuraavia ei tuotu</translation>
    </message>
    <message>
        <source> (auth)</source>
        <translation> (todennus)</translation>
    </message>
    <message>
        <source>auth type &quot;%1&quot; is not supported; the request was imported without it</source>
        <translation>todennustyyppiä &quot;%1&quot; ei tueta; pyyntö tuotiin ilman sitä</translation>
    </message>
    <message>
        <source>%1 (saved responses)</source>
        <translation>%1 (tallennetut vastaukset)</translation>
    </message>
    <message>
        <source>Content-Type %1 added from the body language</source>
        <translation>Content-Type %1 lisätty rungon kielen perusteella</translation>
    </message>
    <message>
        <source>%1 (form-data file field %2)</source>
        <translation>%1 (form-data-tiedostokenttä %2)</translation>
    </message>
    <message>
        <source>file fields are not imported; attach the file in the console</source>
        <translation>tiedostokenttiä ei tuoda; liitä tiedosto konsolissa</translation>
    </message>
    <message>
        <source>GraphQL body converted to a JSON body</source>
        <translation>GraphQL-runko muunnettiin JSON-rungoksi</translation>
    </message>
    <message>
        <source>%1 (file body)</source>
        <translation>%1 (tiedostorunko)</translation>
    </message>
    <message>
        <source>a body read from a file is not imported</source>
        <translation>tiedostosta luettavaa runkoa ei tuoda</translation>
    </message>
    <message>
        <source>%1 (body)</source>
        <translation>%1 (runko)</translation>
    </message>
    <message>
        <source>body mode &quot;%1&quot; is not supported</source>
        <translation>runkotilaa &quot;%1&quot; ei tueta</translation>
    </message>
</context>
<context>
    <name>opc::PostmanScripts</name>
    <message>
        <source>the script does not parse: %1 on line %2</source>
        <translation>skriptiä ei voi jäsentää: %1 rivillä %2</translation>
    </message>
    <message>
        <source>a comment is not closed</source>
        <translation>kommenttia ei ole suljettu</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>merkkijonoa ei ole suljettu</translation>
    </message>
    <message>
        <source>a regular expression is not closed</source>
        <translation>säännöllistä lauseketta ei ole suljettu</translation>
    </message>
    <message>
        <source>the regular expression flag %1 is not translated</source>
        <translation>säännöllisen lausekkeen lippua %1 ei muunneta</translation>
    </message>
    <message>
        <source>the regular expression /%1/ is not one the console can use (%2)</source>
        <translation>säännöllistä lauseketta /%1/ ei voi käyttää konsolissa (%2)</translation>
    </message>
    <message>
        <source>a member name is missing after &apos;.&apos;</source>
        <translation>jäsenen nimi puuttuu pisteen &apos;.&apos; jälkeen</translation>
    </message>
    <message>
        <source>%1() is a method call, not a member of the JSON body</source>
        <translation>%1() on metodikutsu, ei JSON-rungon jäsen</translation>
    </message>
    <message>
        <source>.length is a length, not a member of the JSON body</source>
        <translation>.length on pituus, ei JSON-rungon jäsen</translation>
    </message>
    <message>
        <source>only [0] and [&quot;key&quot;] index the JSON body here</source>
        <translation>tässä JSON-runkoa voi indeksoida vain muodoilla [0] ja [&quot;key&quot;]</translation>
    </message>
    <message>
        <source>optional chaining (?.) is not translated</source>
        <translation>valinnaista ketjutusta (?.) ei muunneta</translation>
    </message>
    <message>
        <source>the check does not go on with .to</source>
        <translation>tarkistus ei jatku .to-osalla</translation>
    </message>
    <message>
        <source>negated checks (.not) are not translated</source>
        <translation>kiellettyjä tarkistuksia (.not) ei muunneta</translation>
    </message>
    <message>
        <source>the arguments of .%1 do not parse</source>
        <translation>.%1:n argumentteja ei voi jäsentää</translation>
    </message>
    <message>
        <source>a check that goes on after .%1 is not translated</source>
        <translation>.%1:n jälkeen jatkuvaa tarkistusta ei muunneta</translation>
    </message>
    <message>
        <source>the check ends without saying what it checks</source>
        <translation>tarkistus päättyy kertomatta, mitä se tarkistaa</translation>
    </message>
    <message>
        <source>.%1 is not a check the console translates</source>
        <translation>.%1 ei ole tarkistus, jonka konsoli muuntaa</translation>
    </message>
    <message>
        <source>the arguments of .%1 are not plain values</source>
        <translation>.%1:n argumentit eivät ole pelkkiä arvoja</translation>
    </message>
    <message>
        <source>a status given by its reason phrase is not translated</source>
        <translation>syyfraasilla annettua tilaa ei muunneta</translation>
    </message>
    <message>
        <source>the jsonBody path is not a plain one</source>
        <translation>jsonBody-polku ei ole yksinkertainen</translation>
    </message>
    <message>
        <source>the header is not named by a plain string</source>
        <translation>otsakkeen nimi ei ole pelkkä merkkijono</translation>
    </message>
    <message>
        <source>pm.expect(...) does not parse</source>
        <translation>pm.expect(...)-lauseketta ei voi jäsentää</translation>
    </message>
    <message>
        <source>what it checks is not the status, a header, the response time or the JSON body</source>
        <translation>tarkistuksen kohde ei ole tila, otsake, vasteaika eikä JSON-runko</translation>
    </message>
    <message>
        <source>the status code is compared with something that is not a number</source>
        <translation>tilakoodia verrataan johonkin, joka ei ole luku</translation>
    </message>
    <message>
        <source>oneOf holds something that is not a status code</source>
        <translation>oneOf sisältää jotain, mikä ei ole tilakoodi</translation>
    </message>
    <message>
        <source>oneOf [%1] is not one unbroken range of status codes</source>
        <translation>oneOf [%1] ei ole yksi yhtenäinen tilakoodien väli</translation>
    </message>
    <message>
        <source>.match takes a regular expression literal here</source>
        <translation>.match vaatii tässä säännöllisen lausekkeen literaalin</translation>
    </message>
    <message>
        <source>.%1 compares arrays and objects by identity, which never passes; use .eql</source>
        <translation>.%1 vertaa taulukoita ja objekteja identiteetin perusteella, mikä ei koskaan onnistu; käytä .eql-vertailua</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not one JSON has</source>
        <translation>tyyppi &quot;%1&quot; ei ole JSONin tyyppi</translation>
    </message>
    <message>
        <source>the variable is set in a way that is not translated</source>
        <translation>muuttuja asetetaan tavalla, jota ei muunneta</translation>
    </message>
    <message>
        <source>the variable is not named by a plain string</source>
        <translation>muuttujan nimi ei ole pelkkä merkkijono</translation>
    </message>
    <message>
        <source>the value is not a member of the JSON body, a header or the first group of a body match</source>
        <translation>arvo ei ole JSON-rungon jäsen, otsake eikä rungon osuman ensimmäinen ryhmä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code</source>
        <translation>&quot;%1&quot; ei ole tilakoodi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range such as 200-299</source>
        <translation>&quot;%1&quot; ei ole väli, kuten 200-299</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of milliseconds</source>
        <translation>&quot;%1&quot; ei ole millisekuntimäärä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer (it starts with /)</source>
        <translation>&quot;%1&quot; ei ole JSON Pointer (se alkaa merkillä /)</translation>
    </message>
    <message>
        <source>the script does not parse: its brackets do not match</source>
        <translation>skriptiä ei voi jäsentää: sen sulkeet eivät täsmää</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>a check outside pm.test is not translated</source>
        <translation>pm.test-lohkon ulkopuolista tarkistusta ei muunneta</translation>
    </message>
    <message>
        <source>the test is not written as pm.test(&quot;name&quot;, function () { ... })</source>
        <translation>testiä ei ole kirjoitettu muodossa pm.test(&quot;name&quot;, function () { ... })</translation>
    </message>
    <message>
        <source>a test function that takes arguments (done) is not translated</source>
        <translation>argumentteja ottavaa testifunktiota (done) ei muunneta</translation>
    </message>
    <message>
        <source>the test&apos;s brackets do not match</source>
        <translation>testin sulkeet eivät täsmää</translation>
    </message>
    <message>
        <source>the test checks nothing the console can run</source>
        <translation>testi ei tarkista mitään, mitä konsoli voi suorittaa</translation>
    </message>
    <message>
        <source>only variables holding pm.response.json() or a part of it are translated</source>
        <translation>vain muuttujat, joissa on pm.response.json() tai sen osa, muunnetaan</translation>
    </message>
    <message>
        <source>a pm.test inside a pm.test is not translated</source>
        <translation>pm.test-lohkon sisällä olevaa pm.test-lohkoa ei muunneta</translation>
    </message>
    <message>
        <source>conditions, loops and try blocks are not translated</source>
        <translation>ehtolauseita, silmukoita ja try-lohkoja ei muunneta</translation>
    </message>
    <message>
        <source>pm.sendRequest sends another request, which the console&apos;s runner does not do</source>
        <translation>pm.sendRequest lähettää toisen pyynnön, mitä konsolin ajaja ei tee</translation>
    </message>
    <message>
        <source>setNextRequest changes the order of the run, which the console&apos;s runner keeps</source>
        <translation>setNextRequest muuttaa ajon järjestystä, jonka konsolin ajaja säilyttää</translation>
    </message>
    <message>
        <source>the old tests[&quot;...&quot;] = ... form is not translated</source>
        <translation>vanhaa tests[&quot;...&quot;] = ... -muotoa ei muunneta</translation>
    </message>
    <message>
        <source>functions are not translated</source>
        <translation>funktioita ei muunneta</translation>
    </message>
    <message>
        <source>only pm.test checks, pm.response.json() variables and variable captures are translated</source>
        <translation>vain pm.test-tarkistukset, pm.response.json()-muuttujat ja muuttujien talteenotot muunnetaan</translation>
    </message>
</context>
<context>
    <name>opc::ProductCatalog</name>
    <message>
        <source>product &quot;%1&quot; has no name.</source>
        <translation>tuotteella &quot;%1&quot; ei ole nimeä.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no version.</source>
        <translation>tuotteella &quot;%1&quot; ei ole versiota.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no basePath starting with &quot;/&quot;.</source>
        <translation>tuotteella &quot;%1&quot; ei ole &quot;/&quot;-merkillä alkavaa basePath-arvoa.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has the unknown securityLevel &quot;%2&quot; (known: %3).</source>
        <translation>tuotteella &quot;%1&quot; on tuntematon securityLevel &quot;%2&quot; (tunnetut: %3).</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has the unknown tokenHeader &quot;%2&quot; (known: x-authorization, Authorization).</source>
        <translation>tuotteella &quot;%1&quot; on tuntematon tokenHeader &quot;%2&quot; (tunnetut: x-authorization, Authorization).</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has the unknown signature &quot;%2&quot; (known: %3).</source>
        <translation>tuotteella &quot;%1&quot; on tuntematon signature &quot;%2&quot; (tunnetut: %3).</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; does not say true or false for mtls.</source>
        <translation>tuote &quot;%1&quot; ei kerro mtls-arvoksi true tai false.</translation>
    </message>
    <message>
        <source>the pathPrefixes of product &quot;%1&quot; are not a list.</source>
        <translation>tuotteen &quot;%1&quot; pathPrefixes ei ole luettelo.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has a path prefix that does not start with &quot;/&quot;.</source>
        <translation>tuotteella &quot;%1&quot; on polun etuliite, joka ei ala &quot;/&quot;-merkillä.</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no endpoints list.</source>
        <translation>tuotteella &quot;%1&quot; ei ole endpoints-luetteloa.</translation>
    </message>
    <message>
        <source>endpoint %1 of product &quot;%2&quot; lacks a method or a path starting with &quot;/&quot;.</source>
        <translation>tuotteen &quot;%2&quot; päätepisteeltä %1 puuttuu metodi tai &quot;/&quot;-merkillä alkava polku.</translation>
    </message>
    <message>
        <source>the headers of endpoint %1 of product &quot;%2&quot; are not an object.</source>
        <translation>tuotteen &quot;%2&quot; päätepisteen %1 headers ei ole objekti.</translation>
    </message>
    <message>
        <source>The product catalogue is damaged: %1</source>
        <translation>Tuoteluettelo on vioittunut: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>se ei ole kelvollista JSONia (%1 tavun %2 kohdalla).</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>se ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>it has no &quot;products&quot; list.</source>
        <translation>siinä ei ole &quot;products&quot;-luetteloa.</translation>
    </message>
    <message>
        <source>product %1 is not a JSON object.</source>
        <translation>tuote %1 ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>product %1 has no id.</source>
        <translation>tuotteella %1 ei ole tunnusta (id).</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by two products.</source>
        <translation>kahdella tuotteella on sama tunnus &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>opc::QuotaTracker</name>
    <message>
        <source>The quota file was unreadable and was moved to %1.</source>
        <translation>Kiintiötiedostoa ei voitu lukea, ja se siirrettiin sijaintiin %1.</translation>
    </message>
    <message>
        <source>The quota file is from a newer version; it was left untouched.</source>
        <translation>Kiintiötiedosto on uudemmasta versiosta, joten siihen ei koskettu.</translation>
    </message>
    <message>
        <source>The server answered 429: this application&apos;s rate limit is used up. Sending to its quota&apos;d APIs is paused until %1 (in %2 s), unless you choose to send anyway.</source>
        <translation>Palvelin vastasi 429: tämän sovelluksen pyyntöraja on käytetty. Lähettäminen sen kiintiön alaisiin rajapintoihin on keskeytetty %1 asti (%2 s), ellet päätä lähettää silti.</translation>
    </message>
</context>
<context>
    <name>opc::RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP method; nothing was sent.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen HTTP-metodi; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only); nothing was sent.</source>
        <translation>Otsakkeen nimi &quot;%1&quot; ei ole kelvollinen (vain kirjaimia, numeroita ja merkkejä !#$%&amp;&apos;*+-.^_`|~); mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains a line break, NUL or another control character; nothing was sent.</source>
        <translation>Otsakkeen &quot;%1&quot; arvossa on rivinvaihto, NUL tai muu ohjausmerkki; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The application&apos;s credentials are bound to %1 and are not sent to %2; nothing was sent.</source>
        <translation>Sovelluksen tunnistetiedot on sidottu palvelimiin %1, eikä niitä lähetetä palvelimelle %2; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The API key contains a line break or control character; nothing was sent.</source>
        <translation>API-avaimessa on rivinvaihto tai ohjausmerkki; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The token contains a line break or control character; nothing was sent.</source>
        <translation>Tokenissa on rivinvaihto tai ohjausmerkki; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The token header name &quot;%1&quot; is not valid.</source>
        <translation>Token-otsakkeen nimi &quot;%1&quot; ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>A secret in this request is bound to %1 and is not sent to %2; nothing was sent.</source>
        <translation>Tämän pyynnön salaisuus on sidottu palvelimiin %1, eikä sitä lähetetä palvelimelle %2; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>This API requires an HMAC signature, but the application has no API secret; nothing was sent.</source>
        <translation>Tämä rajapinta vaatii HMAC-allekirjoituksen, mutta sovelluksella ei ole API-salaisuutta; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The API secret is bound to %1 and is not used for %2; nothing was sent.</source>
        <translation>API-salaisuus on sidottu palvelimiin %1, eikä sitä käytetä palvelimelle %2; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>%1 wants the body signed in x-jws-signature: %2 Nothing was sent.</source>
        <translation>%1 vaatii rungon allekirjoituksen otsakkeessa x-jws-signature: %2 Mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>%1 signs every request with the merchant&apos;s key, and the application has no merchant id: set it in the application manager. Nothing was sent.</source>
        <translation>%1 allekirjoittaa jokaisen pyynnön kauppiaan avaimella, mutta sovelluksella ei ole kauppiastunnusta: aseta se sovellusten hallinnassa. Mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>%1 signs every request: %2 Nothing was sent.</source>
        <translation>%1 allekirjoittaa jokaisen pyynnön: %2 Mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The secret {{secret:%1}} is not in the vault; nothing was sent.</source>
        <translation>Salaisuutta {{secret:%1}} ei ole holvissa; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>{{%1}} cannot go in a URL, where logs and proxies would keep it; nothing was sent.</source>
        <translation>{{%1}} ei voi olla URL-osoitteessa, johon lokit ja välityspalvelimet tallentaisivat sen; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>{{%1}} is used, but the application has no %2; nothing was sent.</source>
        <translation>{{%1}} on käytössä, mutta sovellukselta puuttuu %2; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-salaisuus</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <source>The variables in this request expand to more than %1 MB; nothing was sent.</source>
        <translation>Tämän pyynnön muuttujat laajenevat yli %1 megatavuun; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The variable {{%1}} is not defined in the environment &quot;%2&quot; or in the collection; nothing was sent.</source>
        <translation>Muuttujaa {{%1}} ei ole määritelty ympäristössä &quot;%2&quot; eikä kokoelmassa; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The variable {{%1}} refers back to itself through %2; nothing was sent.</source>
        <translation>Muuttuja {{%1}} viittaa takaisin itseensä ketjun %2 kautta; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The URL contains a control character (such as a line break); nothing was sent.</source>
        <translation>URL sisältää ohjausmerkin (kuten rivinvaihdon); mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be sent.</source>
        <translation>Vain http- ja https-URL-osoitteita voi lähettää.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; has no base URL, so the path &quot;%2&quot; cannot be sent.</source>
        <translation>Ympäristöllä &quot;%1&quot; ei ole perus-URL:ää, joten polkua &quot;%2&quot; ei voi lähettää.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; nothing was sent.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen URL; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>Salaamaton http:// on sallittu vain tähän tietokoneeseen (loopback); käytä osoitteelle %1 https://-yhteyttä.</translation>
    </message>
</context>
<context>
    <name>opc::RevocationCheck</name>
    <message>
        <source>The CRL file %1 cannot be read: %2</source>
        <translation>CRL-tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate revocation list (PEM or DER).</source>
        <translation>Tiedostossa %1 ei ole varmenteiden sulkulistaa (PEM tai DER).</translation>
    </message>
    <message>
        <source>The CRL in %1 could not be encoded.</source>
        <translation>Tiedoston %1 CRL-listaa ei voitu koodata.</translation>
    </message>
    <message>
        <source>Revocation not checked: no CRL is configured for this environment (the console fetches no CRL and asks no OCSP responder).</source>
        <translation>Sulkutilaa ei tarkistettu: tälle ympäristölle ei ole määritetty CRL-listaa (konsoli ei hae CRL-listoja eikä kysy OCSP-palvelulta).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate &quot;%1&quot; (serial %2) is revoked: the CRL of %3 lists it since %4.</source>
        <translation>Palvelimen varmenne &quot;%1&quot; (sarjanumero %2) on suljettu: myöntäjän %3 CRL-listan mukaan se on suljettu %4 alkaen.</translation>
    </message>
    <message numerus="yes">
        <source>Revocation checked against %n configured CRL(s): not revoked.</source>
        <translation>
            <numerusform>Sulkutila tarkistettu %n määritettyä sulkulistaa vasten: ei suljettu.</numerusform>
            <numerusform>Sulkutila tarkistettu %n määritettyä sulkulistaa vasten: ei suljettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revocation not checked: none of the configured CRLs is from this server&apos;s certificate issuers.</source>
        <translation>Sulkutilaa ei tarkistettu: mikään määritetyistä CRL-listoista ei ole tämän palvelimen varmenteen myöntäjiltä.</translation>
    </message>
    <message>
        <source>Revocation not checked: the CRL of %1 is not signed by that issuer&apos;s key.</source>
        <translation>Sulkutilaa ei tarkistettu: myöntäjän %1 CRL-listaa ei ole allekirjoitettu kyseisen myöntäjän avaimella.</translation>
    </message>
</context>
<context>
    <name>opc::RunData</name>
    <message>
        <source>cannot read the data file %1: %2</source>
        <translation>datatiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>the data file %1 is not a JSON array of objects</source>
        <translation>datatiedosto %1 ei ole JSON-taulukko, jonka alkiot ovat objekteja</translation>
    </message>
    <message>
        <source>line %1 of %2 has %3 fields, the header %4</source>
        <translation>tiedoston %2 rivillä %1 on %3 kenttää, otsikkorivillä %4</translation>
    </message>
</context>
<context>
    <name>opc::RunReport</name>
    <message>
        <source>%1 [iteration %2]</source>
        <translation>%1 [kierros %2]</translation>
    </message>
    <message>
        <source>collection run</source>
        <translation>kokoelman ajo</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>onnistui: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>EPÄONNISTUI: %1</translation>
    </message>
    <message>
        <source>Collection run</source>
        <translation>Kokoelman ajo</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>Onnistui: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>Ohitettu: %1</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed, %3 ms in all</source>
        <translation>Tarkistuksista onnistui %1/%2, yhteensä %3 ms</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Pysäytetty: %1</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Vastausajat</translation>
    </message>
    <message>
        <source>%1 requests up to %2 ms</source>
        <translation>Pyyntöjä: %1, enintään %2 ms</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Aika (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>OHITETTU</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ONNISTUI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>EPÄONNISTUI</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>capture: %1</source>
        <translation>talteenotto: %1</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed in %3 ms</source>
        <translation>Tarkistuksista onnistui %1/%2 ajassa %3 ms</translation>
    </message>
</context>
<context>
    <name>opc::SecretRedactor</name>
    <message>
        <source>%1: %2 replaced by {{secret:%3}}</source>
        <translation>%1: %2 korvattu viittauksella {{secret:%3}}</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>muuttuja %1</translation>
    </message>
    <message>
        <source>%1: header %2</source>
        <translation>%1: otsake %2</translation>
    </message>
    <message>
        <source>%1: query %2</source>
        <translation>%1: kyselyparametri %2</translation>
    </message>
    <message>
        <source>%1: URL</source>
        <translation>%1: URL</translation>
    </message>
    <message>
        <source>%1: body</source>
        <translation>%1: runko</translation>
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
        <translation>Pyyntö on suoritettu onnistuneesti.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>The resource has been successfully created.</source>
        <translation>Resurssi on luotu onnistuneesti.</translation>
    </message>
    <message>
        <source>BAD REQUEST</source>
        <translation>BAD REQUEST</translation>
    </message>
    <message>
        <source>Some headers, parameters, or payload contents are missing or invalid. Retrying the same request again will not succeed.</source>
        <translation>Osa otsakkeista, parametreista tai sisällöstä puuttuu tai on virheellisiä. Saman pyynnön uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>Fix the request before sending it again: retrying it unchanged will not succeed.</source>
        <translation>Korjaa pyyntö ennen kuin lähetät sen uudelleen: muuttamattomana uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>UNAUTHORIZED</source>
        <translation>UNAUTHORIZED</translation>
    </message>
    <message>
        <source>Invalid or missing authentication/authorization.</source>
        <translation>Todennus tai valtuutus on virheellinen tai puuttuu.</translation>
    </message>
    <message>
        <source>Check the API key, the token and its header, and the signature; retrying unchanged will not succeed.</source>
        <translation>Tarkista API-avain, token ja sen otsake sekä allekirjoitus; muuttamattomana uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>FORBIDDEN</source>
        <translation>FORBIDDEN</translation>
    </message>
    <message>
        <source>The authenticated/authorized user or application does not have access rights to the requested resource.</source>
        <translation>Todennetulla tai valtuutetulla käyttäjällä tai sovelluksella ei ole käyttöoikeutta pyydettyyn resurssiin.</translation>
    </message>
    <message>
        <source>Subscribe the application to this API product or use a token with access; retrying unchanged will not succeed.</source>
        <translation>Tilaa tämä API-tuote sovellukselle tai käytä tokenia, jolla on käyttöoikeus; muuttamattomana uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>TOO MANY REQUESTS</source>
        <translation>TOO MANY REQUESTS</translation>
    </message>
    <message>
        <source>The client application has exceeded its rate limit. The application must wait until the limit expires.</source>
        <translation>Asiakassovellus on ylittänyt pyyntörajansa. Sovelluksen on odotettava, kunnes rajoitus päättyy.</translation>
    </message>
    <message>
        <source>INTERNAL SERVER ERROR</source>
        <translation>INTERNAL SERVER ERROR</translation>
    </message>
    <message>
        <source>A system error prevented the operation from being completed.</source>
        <translation>Järjestelmävirhe esti toiminnon suorittamisen.</translation>
    </message>
    <message>
        <source>The error may be temporary: retry later.</source>
        <translation>Virhe voi olla tilapäinen: yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>SERVICE UNAVAILABLE</source>
        <translation>SERVICE UNAVAILABLE</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable due to e.g. overload or maintenance.</source>
        <translation>Palvelu ei ole tilapäisesti käytettävissä esimerkiksi ylikuormituksen tai huollon vuoksi.</translation>
    </message>
    <message>
        <source>Retry later, when the service is available again.</source>
        <translation>Yritä myöhemmin uudelleen, kun palvelu on taas käytettävissä.</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>ONNISTUI</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Pyyntö onnistui.</translation>
    </message>
    <message>
        <source>REDIRECT</source>
        <translation>UUDELLEENOHJAUS</translation>
    </message>
    <message>
        <source>The resource is at another location.</source>
        <translation>Resurssi on toisessa sijainnissa.</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>NOT FOUND</translation>
    </message>
    <message>
        <source>The requested resource or path does not exist; check the API version in the path.</source>
        <translation>Pyydettyä resurssia tai polkua ei ole; tarkista polussa oleva rajapinnan versio.</translation>
    </message>
    <message>
        <source>Check the path: retrying unchanged will not succeed.</source>
        <translation>Tarkista polku: muuttamattomana uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>METHOD NOT ALLOWED</source>
        <translation>METHOD NOT ALLOWED</translation>
    </message>
    <message>
        <source>This resource does not support the method used.</source>
        <translation>Tämä resurssi ei tue käytettyä metodia.</translation>
    </message>
    <message>
        <source>PAYLOAD TOO LARGE</source>
        <translation>PAYLOAD TOO LARGE</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts.</source>
        <translation>Pyynnön runko on suurempi kuin palvelin hyväksyy.</translation>
    </message>
    <message>
        <source>CLIENT ERROR</source>
        <translation>ASIAKASVIRHE</translation>
    </message>
    <message>
        <source>The server could not accept the request as sent.</source>
        <translation>Palvelin ei voinut hyväksyä pyyntöä sellaisenaan.</translation>
    </message>
    <message>
        <source>SERVER ERROR</source>
        <translation>PALVELINVIRHE</translation>
    </message>
    <message>
        <source>The server failed to complete the request.</source>
        <translation>Palvelin ei pystynyt suorittamaan pyyntöä.</translation>
    </message>
    <message>
        <source>UNKNOWN STATUS</source>
        <translation>TUNTEMATON TILA</translation>
    </message>
    <message>
        <source>The server answered with a status code outside the HTTP ranges.</source>
        <translation>Palvelin vastasi tilakoodilla, joka on HTTP-alueiden ulkopuolella.</translation>
    </message>
    <message>
        <source>No retry is likely to succeed without server side maintenance measures.</source>
        <translation>Uudelleenyritys tuskin onnistuu ilman palvelinpään huoltotoimia.</translation>
    </message>
    <message>
        <source>The error may be temporary and the request may be retried later.</source>
        <translation>Virhe voi olla tilapäinen, ja pyyntöä voi yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Some part of the operation went wrong, but the operation was nonetheless successful.</source>
        <translation>Osa toiminnosta epäonnistui, mutta toiminto onnistui silti.</translation>
    </message>
    <message>
        <source>Wait until the rate limit resets (the Retry-After or X-RateLimit-Reset header says when), then retry.</source>
        <translation>Odota, kunnes pyyntöraja nollautuu (otsake Retry-After tai X-RateLimit-Reset kertoo milloin), ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Use a method the resource supports: retrying unchanged will not succeed.</source>
        <translation>Käytä metodia, jota resurssi tukee: muuttamattomana uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>Send a smaller body: retrying unchanged will not succeed.</source>
        <translation>Lähetä pienempi runko: muuttamattomana uudelleenyritys ei onnistu.</translation>
    </message>
    <message>
        <source>The request succeeded with warnings: some part of the operation went wrong, but the operation was nonetheless successful.</source>
        <translation>Pyyntö onnistui varoituksin: osa toiminnosta epäonnistui, mutta toiminto onnistui silti.</translation>
    </message>
    <message>
        <source>The request succeeded, but the response lists errors: read them before relying on the result.</source>
        <translation>Pyyntö onnistui, mutta vastauksessa on virheitä: lue ne ennen kuin luotat tulokseen.</translation>
    </message>
    <message>
        <source>The server side needs maintenance before this request can succeed: retry later, not right away.</source>
        <translation>Palvelinpää tarvitsee huoltoa ennen kuin tämä pyyntö voi onnistua: yritä myöhemmin uudelleen, älä heti.</translation>
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
        <translation>OP API -tukipaketti</translation>
    </message>
    <message>
        <source>(redacted: no credentials, no request or response body)</source>
        <translation>(sensuroitu: ei tunnistetietoja, ei pyynnön eikä vastauksen runkoa)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Aika (UTC)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation>Virhekoodi</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
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
        <translation>Virheet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
</context>
<context>
    <name>opc::TlsProfile</name>
    <message>
        <source>The PKCS#12 file could not be opened: the password is wrong or the file is damaged.</source>
        <translation>PKCS#12-tiedostoa ei voitu avata: salasana on väärä tai tiedosto on vioittunut.</translation>
    </message>
    <message>
        <source>No certificate found in %1.</source>
        <translation>Tiedostosta %1 ei löytynyt varmennetta.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Avaintiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>No usable private key in %1 (RSA or EC, PEM).</source>
        <translation>Tiedostossa %1 ei ole käyttökelpoista yksityistä avainta (RSA tai EC, PEM).</translation>
    </message>
    <message>
        <source>No CA certificate found in %1.</source>
        <translation>Tiedostosta %1 ei löytynyt CA-varmennetta.</translation>
    </message>
</context>
<context>
    <name>opc::Token</name>
    <message>
        <source>Static token %1</source>
        <translation>Staattinen token %1</translation>
    </message>
    <message>
        <source>Custom token</source>
        <translation>Oma token</translation>
    </message>
</context>
<context>
    <name>opc::VaultCrypto</name>
    <message>
        <source>The key derivation parameters are not supported.</source>
        <translation>Avaimen johtamisen parametreja ei tueta.</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL.</source>
        <translation>scrypt ei ole käytettävissä tässä OpenSSL:ssä.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>Avaimen johtaminen epäonnistui.</translation>
    </message>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation>Salausavain on väärän kokoinen.</translation>
    </message>
    <message>
        <source>AES-256-GCM is not available.</source>
        <translation>AES-256-GCM ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>The encryption failed.</source>
        <translation>Salaus epäonnistui.</translation>
    </message>
    <message>
        <source>failed authentication</source>
        <translation>todennus epäonnistui</translation>
    </message>
</context>
<context>
    <name>opc::ui::About</name>
    <message>
        <source>not available</source>
        <translation>ei saatavilla</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OP Developer Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for OP Financial Group&apos;s developer APIs, with an embedded simulator of the sandbox.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TLS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KSyntaxHighlighting&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;OP Developer Console %1&lt;/h3&gt;&lt;p&gt;Työpöytäkonsoli OP Ryhmän kehittäjärajapinnoille, mukana sulautettu sandbox-ympäristön simulaattori.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (käännetty versiolla %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TLS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KSyntaxHighlighting&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About OP Developer Console</source>
        <translation>Tietoja ohjelmasta OP Developer Console</translation>
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
        <translation>molemminpuolinen TLS</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · token in %4</source>
        <translation>%1 %2 · %3 · token otsakkeessa %4</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sovellukset</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <source>New application in the local simulator, registered there at once (Ctrl+N)</source>
        <translation>Luo uusi sovellus paikalliseen simulaattoriin ja rekisteröi se sinne heti (Ctrl+N)</translation>
    </message>
    <message>
        <source>In the local simulator</source>
        <translation>Paikalliseen simulaattoriin</translation>
    </message>
    <message>
        <source>In the OP sandbox (paste key and secret from the portal)</source>
        <translation>OP:n sandbox-ympäristöön (liitä avain ja salaisuus portaalista)</translation>
    </message>
    <message>
        <source>In production (paste key and secret)</source>
        <translation>Tuotantoon (liitä avain ja salaisuus)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Uusi sovellus</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the application and its key and secret (Delete; Ctrl+Z brings it back)</source>
        <translation>Poista sovellus sekä sen avain ja salaisuus (Delete; Ctrl+Z palauttaa sen)</translation>
    </message>
    <message>
        <source>Set &amp;active</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
        <source>The next request uses this application&apos;s key, secret and certificate</source>
        <translation>Seuraava pyyntö käyttää tämän sovelluksen avainta, salaisuutta ja varmennetta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>Kopioi API-avain leikepöydälle</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>API-avain on leikepöydällä.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show or hide the API secret</source>
        <translation>Näytä tai piilota API-salaisuus</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Copy the API secret to the clipboard</source>
        <translation>Kopioi API-salaisuus leikepöydälle</translation>
    </message>
    <message>
        <source>The API secret is on the clipboard.</source>
        <translation>API-salaisuus on leikepöydällä.</translation>
    </message>
    <message>
        <source>&amp;Paste key and secret</source>
        <translation>&amp;Liitä avain ja salaisuus</translation>
    </message>
    <message>
        <source>Fill both fields from a copied &quot;key: … secret: …&quot; block</source>
        <translation>Täytä molemmat kentät kopioidusta &quot;key: … secret: …&quot; -lohkosta</translation>
    </message>
    <message>
        <source>API products</source>
        <translation>API-tuotteet</translation>
    </message>
    <message>
        <source>The client certificate presented for this application&apos;s mutual-TLS APIs</source>
        <translation>Asiakasvarmenne, jota käytetään tämän sovelluksen molemminpuolista TLS:ää vaativissa rajapinnoissa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ympäristö:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;avain:</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API-&amp;salaisuus:</translation>
    </message>
    <message>
        <source>API &amp;products:</source>
        <translation>API-tuott&amp;eet:</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>Suojaustaso:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Asiakas&amp;varmenne:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Muist&amp;iinpanot:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>%1 (no product chosen)</source>
        <translation>%1 (tuotetta ei valittu)</translation>
    </message>
    <message>
        <source>; needs a client certificate for mutual TLS</source>
        <translation>; vaatii asiakasvarmenteen molemminpuoliseen TLS:ään</translation>
    </message>
    <message>
        <source>; requests are HMAC-signed with the API secret</source>
        <translation>; pyynnöt allekirjoitetaan HMAC-menetelmällä API-salaisuudella</translation>
    </message>
    <message>
        <source>vault locked</source>
        <translation>holvi lukittu</translation>
    </message>
    <message>
        <source>%1 (vault locked)</source>
        <translation>%1 (holvi lukittu)</translation>
    </message>
    <message>
        <source>%1… (not in the certificate store)</source>
        <translation>%1… (ei varmennevarastossa)</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Ei luotu: %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>sovelluksen %1 luonti</translation>
    </message>
    <message>
        <source>Created %1 and registered it in the local simulator.</source>
        <translation>Sovellus %1 luotiin ja rekisteröitiin paikalliseen simulaattoriin.</translation>
    </message>
    <message>
        <source>Created %1: paste its key and secret from the portal.</source>
        <translation>Sovellus %1 luotiin: liitä sen avain ja salaisuus portaalista.</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>Valitse ensin sovellus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Ei monistettu: %1</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>sovelluksen %1 monistus</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Sovellus %1 luotiin.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Ei poistettu: %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>sovelluksen %1 poisto</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 on palautettu.</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back).</source>
        <translation>Sovellus %1 poistettiin (Ctrl+Z palauttaa sen).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sovelluksen %1 muokkaus</translation>
    </message>
    <message>
        <source>Saved, but the certificate was not bound: %1</source>
        <translation>Tallennettu, mutta varmennetta ei sidottu: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sovellus %1 tallennettiin.</translation>
    </message>
    <message>
        <source>No key or secret found in the pasted text.</source>
        <translation>Liitetystä tekstistä ei löytynyt avainta eikä salaisuutta.</translation>
    </message>
    <message>
        <source>Key and secret pasted; Save keeps them in the vault.</source>
        <translation>Avain ja salaisuus liitetty; Tallenna säilyttää ne holvissa.</translation>
    </message>
    <message>
        <source>Only a key was found; Save keeps it in the vault.</source>
        <translation>Löytyi vain avain; Tallenna säilyttää sen holvissa.</translation>
    </message>
    <message>
        <source>Only a secret was found; Save keeps it in the vault.</source>
        <translation>Löytyi vain salaisuus; Tallenna säilyttää sen holvissa.</translation>
    </message>
    <message>
        <source>The next request uses %1.</source>
        <translation>Seuraava pyyntö käyttää sovellusta %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Kumoa %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>%1, the level of its product</source>
        <translation>%1, sen tuotteen taso</translation>
    </message>
    <message>
        <source>%1, the highest of its %2 products</source>
        <translation>%1, korkein sen %2 tuotteen tasoista</translation>
    </message>
    <message>
        <source>RSA signature</source>
        <translation>RSA-allekirjoitus</translation>
    </message>
    <message>
        <source>JWS signature</source>
        <translation>JWS-allekirjoitus</translation>
    </message>
    <message>
        <source>OP Online Payment only</source>
        <translation>vain OP Online Payment</translation>
    </message>
    <message>
        <source>The merchant id OP gave for Online Payment; the client certificate&apos;s RSA key signs its requests</source>
        <translation>Kauppiastunnus, jonka OP antoi Online Paymentia varten; asiakasvarmenteen RSA-avain allekirjoittaa sen pyynnöt</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>&amp;Kauppiastunnus:</translation>
    </message>
    <message>
        <source>The embedded simulator is not running.</source>
        <translation>Sulautettu simulaattori ei ole käynnissä.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuthPanel</name>
    <message>
        <source>end user with 6 accounts (OP&apos;s recorded sandbox data)</source>
        <translation>loppukäyttäjä, jolla on 6 tiliä (OP:n sandbox-ympäristöstä tallennettu data)</translation>
    </message>
    <message>
        <source>end user with 10 accounts (OP&apos;s Accounts v1 sample)</source>
        <translation>loppukäyttäjä, jolla on 10 tiliä (OP:n Accounts v1 -esimerkki)</translation>
    </message>
    <message>
        <source>end user with a current and a savings account</source>
        <translation>loppukäyttäjä, jolla on käyttötili ja säästötili</translation>
    </message>
    <message>
        <source>end user with one current account</source>
        <translation>loppukäyttäjä, jolla on yksi käyttötili</translation>
    </message>
    <message>
        <source>The header and the &quot;Bearer &quot; prefix are chosen in the toolbar; custom tokens are added there and kept in the vault.</source>
        <translation>Otsake ja &quot;Bearer &quot;-etuliite valitaan työkalupalkista; omat tokenit lisätään sieltä ja säilytetään holvissa.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · custom, value in the vault</source>
        <translation>%1 · oma, arvo holvissa</translation>
    </message>
    <message>
        <source>The next request sends %1.</source>
        <translation>Seuraava pyyntö lähettää: %1.</translation>
    </message>
</context>
<context>
    <name>opc::ui::BodyView</name>
    <message>
        <source>⚠ The body is not valid UTF-8: undecodable bytes are shown as �.</source>
        <translation>⚠ Runko ei ole kelvollista UTF-8:aa: tavut, joita ei voi purkaa, näytetään merkkinä �.</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Etsi rungosta</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>haetaan…</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>ei osumia</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
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
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · mTLS</source>
        <translation>%1 · mTLS</translation>
    </message>
    <message>
        <source>%1 · token in %2 · signature %3</source>
        <translation>%1 · token otsakkeessa %2 · allekirjoitus %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::CertificatePane</name>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bittiä</translation>
    </message>
    <message>
        <source>any (no extended key usage)</source>
        <translation>mikä tahansa (ei laajennettua avaimen käyttöä)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Poista varmenne</translation>
    </message>
    <message>
        <source>Client certificates for mutual TLS. Private keys are kept in the vault, never in plain files. Drop .p12, .pfx or .pem files here to import them.</source>
        <translation>Asiakasvarmenteet molemminpuoliseen TLS:ään. Yksityiset avaimet säilytetään holvissa, ei koskaan tavallisissa tiedostoissa. Pudota .p12-, .pfx- tai .pem-tiedostoja tähän tuodaksesi ne.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>Get a test certificate from the local simulator</source>
        <translation>Hae testivarmenne paikallisesta simulaattorista</translation>
    </message>
    <message>
        <source>Available when the local simulator runs.</source>
        <translation>Käytettävissä, kun paikallinen simulaattori on käynnissä.</translation>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation>Vie julkinen varmenne…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Voimassaolo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Laajennettu avaimen käyttö</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-sormenjälki</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>Sidottu</translation>
    </message>
    <message>
        <source>application name or API key</source>
        <translation>sovelluksen nimi tai API-avain</translation>
    </message>
    <message>
        <source>every host, or e.g. *.op.fi, sandbox.apis.op.fi</source>
        <translation>kaikki palvelimet tai esim. *.op.fi, sandbox.apis.op.fi</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Sido</translation>
    </message>
    <message>
        <source>Unbind application</source>
        <translation>Poista sovelluksen sidonta</translation>
    </message>
    <message>
        <source>Bind to application:</source>
        <translation>Sido sovellukseen:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Palvelimet:</translation>
    </message>
    <message>
        <source>Enter the application to unbind.</source>
        <translation>Anna sovellus, jonka sidonta poistetaan.</translation>
    </message>
    <message>
        <source>%1 no longer presents a client certificate.</source>
        <translation>%1 ei enää käytä asiakasvarmennetta.</translation>
    </message>
    <message>
        <source>Issues a client certificate signed by the simulator&apos;s CA and imports it.</source>
        <translation>Myöntää simulaattorin CA:n allekirjoittaman asiakasvarmenteen ja tuo sen.</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Voimassa vasta %1 alkaen</translation>
    </message>
    <message>
        <source>Expires on %1 (less than a day left)</source>
        <translation>Vanhenee %1 (alle päivä jäljellä)</translation>
    </message>
    <message>
        <source>No client certificate yet: import one, or get a test certificate from the local simulator.</source>
        <translation>Ei vielä asiakasvarmennetta: tuo varmenne tai hae testivarmenne paikallisesta simulaattorista.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Kohde: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Myöntäjä: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Sarjanumero: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Voimassa %1–%2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Key: %1; extended key usage: %2</source>
        <translation>Avain: %1; laajennettu avaimen käyttö: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Tiedoston %1 salasana:</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Tiedoston %1 tuonti peruttiin.</translation>
    </message>
    <message>
        <source>Wrong password for %1. Try again:</source>
        <translation>Väärä salasana tiedostolle %1. Yritä uudelleen:</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted. Its passphrase:</source>
        <translation>Tiedoston %1 yksityinen avain on salattu. Sen tunnuslause:</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key in %1. Try again:</source>
        <translation>Väärä tunnuslause tiedoston %1 avaimelle. Yritä uudelleen:</translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file nor a PEM certificate or key.</source>
        <translation>%1 ei ole PKCS#12-tiedosto eikä PEM-varmenne tai -avain.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation>Varmenne %1 tuotiin tiedostosta %2: %3.</translation>
    </message>
    <message>
        <source>no private key for this certificate: import the certificate together with its key file.</source>
        <translation>tälle varmenteelle ei ole yksityistä avainta: tuo varmenne yhdessä sen avaintiedoston kanssa.</translation>
    </message>
    <message>
        <source>A private key alone cannot be imported: add the certificate it belongs to.</source>
        <translation>Pelkkää yksityistä avainta ei voi tuoda: lisää varmenne, johon se kuuluu.</translation>
    </message>
    <message>
        <source>Import client certificates</source>
        <translation>Tuo asiakasvarmenteita</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx *.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Varmenteet (*.p12 *.pfx *.pem *.crt *.cer *.key);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Select a certificate to export.</source>
        <translation>Valitse vietävä varmenne.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The public certificate was saved to %1 (no private key).</source>
        <translation>Julkinen varmenne tallennettiin tiedostoon %1 (ilman yksityistä avainta).</translation>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation>Vie julkinen varmenne</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-varmenne (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Select a certificate to delete.</source>
        <translation>Valitse poistettava varmenne.</translation>
    </message>
    <message>
        <source>Delete the certificate %1 (%2) and its private key from the vault?</source>
        <translation>Poistetaanko varmenne %1 (%2) ja sen yksityinen avain holvista?</translation>
    </message>
    <message>
        <source>%1 will then send without a client certificate.</source>
        <translation>%1 lähettää sen jälkeen ilman asiakasvarmennetta.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message>
        <source>Deleted %1 and its private key.</source>
        <translation>Varmenne %1 ja sen yksityinen avain poistettiin.</translation>
    </message>
    <message>
        <source>The local simulator is not running.</source>
        <translation>Paikallinen simulaattori ei ole käynnissä.</translation>
    </message>
    <message>
        <source>The simulator issued no certificate: %1</source>
        <translation>Simulaattori ei myöntänyt varmennetta: %1</translation>
    </message>
    <message>
        <source>Local simulator test certificate</source>
        <translation>Paikallisen simulaattorin testivarmenne</translation>
    </message>
    <message>
        <source>The simulator&apos;s certificate could not be imported: %1</source>
        <translation>Simulaattorin varmennetta ei voitu tuoda: %1</translation>
    </message>
    <message>
        <source>Imported a test certificate for %1 from the local simulator (%2).</source>
        <translation>Testivarmenne kohteelle %1 tuotiin paikallisesta simulaattorista (%2).</translation>
    </message>
    <message>
        <source>Select a certificate to bind.</source>
        <translation>Valitse sidottava varmenne.</translation>
    </message>
    <message>
        <source>Enter the application the certificate belongs to.</source>
        <translation>Anna sovellus, johon varmenne kuuluu.</translation>
    </message>
    <message>
        <source>%1 now presents this certificate to every host of its mTLS products.</source>
        <translation>%1 käyttää nyt tätä varmennetta kaikilla mTLS-tuotteidensa palvelimilla.</translation>
    </message>
    <message>
        <source>%1 now presents this certificate to %2.</source>
        <translation>%1 käyttää nyt tätä varmennetta palvelimilla %2.</translation>
    </message>
    <message>
        <source>Create CSR…</source>
        <translation>Luo CSR…</translation>
    </message>
    <message>
        <source>A key pair and a certificate signing request for a production certificate</source>
        <translation>Avainpari ja varmenteen allekirjoituspyyntö tuotantovarmennetta varten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Expired on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Vanhentui %1 (%n päivä sitten)</numerusform>
            <numerusform>Vanhentui %1 (%n päivää sitten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Voimassa %1 asti (%n päivä jäljellä)</numerusform>
            <numerusform>Voimassa %1 asti (%n päivää jäljellä)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with %n intermediate certificate(s).</source>
        <translation>
            <numerusform>Tallennettu %n välivarmenteen kanssa.</numerusform>
            <numerusform>Tallennettu %n välivarmenteen kanssa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionTreeModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
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
        <translation>Kokoelman poisto</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>Kansiota %1 ei voitu siirtää sivuun.</translation>
    </message>
    <message>
        <source>Could not restore %1.</source>
        <translation>Kansiota %1 ei voitu palauttaa.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Uusi kokoelma…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Uusi kansio…</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Uusi pyyntö…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
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
        <source>Name of the new collection:</source>
        <translation>Uuden kokoelman nimi:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Uusi kokoelma</translation>
    </message>
    <message>
        <source>Created the collection “%1”.</source>
        <translation>Kokoelma ”%1” luotiin.</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Uuden kansion nimi:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <source>Name of the new request:</source>
        <translation>Uuden pyynnön nimi:</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Muut</translation>
    </message>
    <message>
        <source>Filter by name, method or URL</source>
        <translation>Suodata nimen, metodin tai URL-osoitteen mukaan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pidä omani</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Tiedostot muuttuivat levyllä</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Korvaa omallani</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Lataa uudelleen levyltä</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <source>Loading collections…</source>
        <translation>Ladataan kokoelmia…</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s), %1 requests.</source>
        <translation>
            <numerusform>%n kokoelma, pyyntöjä %1.</numerusform>
            <numerusform>%n kokoelmaa, pyyntöjä %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded “%1” from disk.</source>
        <translation>Kokoelma ”%1” ladattiin uudelleen levyltä.</translation>
    </message>
    <message>
        <source>Kept your version of “%1”; the next save asks before overwriting the files changed on disk.</source>
        <translation>Kokoelmasta ”%1” säilytettiin sinun versiosi; seuraava tallennus kysyy ennen kuin levyllä muuttuneet tiedostot korvataan.</translation>
    </message>
    <message>
        <source>Files of the collection “%1” changed on disk after it was opened (for example by git or an editor). Overwrite them with your version, or reload what is on disk and drop your change?</source>
        <translation>Kokoelman ”%1” tiedostot muuttuivat levyllä sen avaamisen jälkeen (esimerkiksi gitin tai editorin takia). Korvataanko ne sinun versiollasi, vai ladataanko levyllä oleva versio ja hylätään muutoksesi?</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved: the files changed on disk.</source>
        <translation>Muutostasi kokoelmaan ”%1” ei tallennettu: tiedostot muuttuivat levyllä.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Kokoelma ”%1” tallennettiin.</translation>
    </message>
    <message>
        <source>Saved “%1”; secret values were replaced by references: %2</source>
        <translation>Kokoelma ”%1” tallennettiin; salaiset arvot korvattiin viittauksilla: %2</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved: %2</source>
        <translation>Muutostasi kokoelmaan ”%1” ei tallennettu: %2</translation>
    </message>
    <message>
        <source>“%1” is read-only; it was not changed.</source>
        <translation>”%1” on vain luku -tilassa; sitä ei muutettu.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Kokoelma tarvitsee nimen.</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Kokoelman uudelleennimeäminen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirto</translation>
    </message>
    <message>
        <source>The request %1 is no longer in the collection; it was not saved.</source>
        <translation>Pyyntö %1 ei ole enää kokoelmassa; sitä ei tallennettu.</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Pyynnön tallennus</translation>
    </message>
    <message>
        <source>No collection %1 is open.</source>
        <translation>Kokoelmaa %1 ei ole avattu.</translation>
    </message>
    <message>
        <source>Postman Collection v2.1 (*.postman_collection.json)</source>
        <translation>Postman Collection v2.1 (*.postman_collection.json)</translation>
    </message>
    <message>
        <source>HTTP file (*.http)</source>
        <translation>HTTP-tiedosto (*.http)</translation>
    </message>
    <message>
        <source>curl commands (*.sh)</source>
        <translation>curl-komennot (*.sh)</translation>
    </message>
    <message>
        <source>Export collection</source>
        <translation>Vie kokoelma</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Viety tiedostoon %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded and the rest of the collection opened:</source>
        <translation>
            <numerusform>%n tiedosto jäi lataamatta, ja muu osa kokoelmasta avattiin:</numerusform>
            <numerusform>%n tiedostoa jäi lataamatta, ja muu osa kokoelmasta avattiin:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on disk since it was opened: %1. Reload it, or keep your version (a save will ask before overwriting).</source>
        <translation>Muuttunut levyllä avaamisen jälkeen: %1. Lataa uudelleen tai pidä oma versiosi (tallennus kysyy ennen korvaamista).</translation>
    </message>
    <message>
        <source>Import a collection from a file</source>
        <translation>Tuo kokoelma tiedostosta</translation>
    </message>
    <message>
        <source>Export the selected collection for sharing</source>
        <translation>Vie valittu kokoelma jakamista varten</translation>
    </message>
    <message>
        <source>Run collection…</source>
        <translation>Aja kokoelma…</translation>
    </message>
    <message>
        <source>Run the requests of the selected collection or folder with their tests</source>
        <translation>Aja valitun kokoelman tai kansion pyynnöt testeineen</translation>
    </message>
    <message numerus="yes">
        <source>Run %n selected requests…</source>
        <translation>
            <numerusform>Aja %n valittu pyyntö…</numerusform>
            <numerusform>Aja %n valittua pyyntöä…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Aja…</translation>
    </message>
</context>
<context>
    <name>opc::ui::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Komennot</translation>
    </message>
    <message>
        <source>Type a command</source>
        <translation>Kirjoita komento</translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsentsDialog</name>
    <message>
        <source>PSD2 consents</source>
        <translation>PSD2-suostumukset</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Token until</source>
        <translation>Token voimassa asti</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Pe&amp;ru</translation>
    </message>
    <message>
        <source>Withdraw the consent at the bank and forget its tokens</source>
        <translation>Peru suostumus pankissa ja unohda sen tokenit</translation>
    </message>
    <message>
        <source>Re&amp;fresh token</source>
        <translation>Päivitä &amp;token</translation>
    </message>
    <message>
        <source>Get a new access token with the consent&apos;s refresh token</source>
        <translation>Hae uusi käyttöoikeustoken suostumuksen päivitystokenilla</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove the consent from this list (the bank is not told)</source>
        <translation>Poista suostumus tästä luettelosta (pankille ei ilmoiteta)</translation>
    </message>
    <message>
        <source>New consent, step by step</source>
        <translation>Uusi suostumus vaihe vaiheelta</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Aloita</translation>
    </message>
    <message>
        <source>Client-credentials token over mutual TLS, the authorization, the bank&apos;s page, the code exchange</source>
        <translation>Client credentials -token molemminpuolisella TLS:llä, valtuutus, pankin sivu, koodin vaihto</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Suostumus:</translation>
    </message>
    <message>
        <source>Sign in with my &amp;browser</source>
        <translation>Kirjaudu omalla s&amp;elaimella</translation>
    </message>
    <message>
        <source>Open the bank&apos;s page in your own browser; the console catches its answer on a loopback port. Always so for the OP sandbox and production.</source>
        <translation>Avaa pankin sivu omassa selaimessasi; konsoli ottaa sen vastauksen vastaan loopback-portissa. Aina näin OP:n sandbox-ympäristössä ja tuotannossa.</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Voimassa asti:</translation>
    </message>
    <message>
        <source>At most 90 days ahead; unset, the bank&apos;s 90 days</source>
        <translation>Enintään 90 päivää eteenpäin; jos ei asetettu, pankin oletus 90 päivää</translation>
    </message>
    <message>
        <source>&amp;Amount (EUR):</source>
        <translation>S&amp;umma (EUR):</translation>
    </message>
    <message>
        <source>Payee &amp;IBAN:</source>
        <translation>Saajan &amp;IBAN:</translation>
    </message>
    <message>
        <source>Payee &amp;name:</source>
        <translation>Saajan &amp;nimi:</translation>
    </message>
    <message>
        <source>the bank&apos;s default account</source>
        <translation>pankin oletustili</translation>
    </message>
    <message>
        <source>Account I&amp;BAN:</source>
        <translation>Tilin I&amp;BAN:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Choose a step to see its request and response.</source>
        <translation>Valitse vaihe nähdäksesi sen pyynnön ja vastauksen.</translation>
    </message>
    <message>
        <source>Test user %1</source>
        <translation>Testikäyttäjä %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Hy&amp;lkää</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Avaa uu&amp;delleen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Keskeytä</translation>
    </message>
    <message>
        <source>&amp;Open the request it is for</source>
        <translation>Avaa pyyntö, jota se k&amp;oskee</translation>
    </message>
    <message>
        <source>Consents of %1. PSD2 APIs need mutual TLS 1.2 and the user&apos;s strong customer authentication; the console keeps each consent&apos;s tokens in the vault and puts the right one in the next PSD2 request.</source>
        <translation>Sovelluksen %1 suostumukset. PSD2-rajapinnat vaativat molemminpuolisen TLS 1.2:n ja käyttäjän vahvan tunnistautumisen; konsoli säilyttää kunkin suostumuksen tokenit holvissa ja lisää oikean seuraavaan PSD2-pyyntöön.</translation>
    </message>
    <message>
        <source>Consent %1 was revoked; its tokens are gone.</source>
        <translation>Suostumus %1 peruttiin; sen tokenit on poistettu.</translation>
    </message>
    <message>
        <source>Consent %1 has a new access token.</source>
        <translation>Suostumuksella %1 on uusi käyttöoikeustoken.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>käynnissä…</translation>
    </message>
    <message>
        <source>done · %1</source>
        <translation>valmis · %1</translation>
    </message>
    <message>
        <source>failed · %1</source>
        <translation>epäonnistui · %1</translation>
    </message>
    <message>
        <source>waiting for the user</source>
        <translation>odottaa käyttäjää</translation>
    </message>
    <message>
        <source>OP sandbox authorization: the application %1 asks for access (%2), authorization %3. Sign in as a test user and decide.</source>
        <translation>OP:n sandbox-valtuutus: sovellus %1 pyytää käyttöoikeutta (%2), valtuutus %3. Kirjaudu testikäyttäjänä ja tee päätös.</translation>
    </message>
    <message>
        <source>open in the browser</source>
        <translation>avaa selaimessa</translation>
    </message>
    <message>
        <source>waiting for the browser</source>
        <translation>odottaa selainta</translation>
    </message>
    <message>
        <source>Continue on the bank&apos;s page in your browser: sign in and decide there. The console waits for the bank&apos;s answer on %1.
%2</source>
        <translation>Jatka pankin sivulla selaimessasi: kirjaudu ja tee päätös siellä. Konsoli odottaa pankin vastausta osoitteessa %1.
%2</translation>
    </message>
    <message>
        <source>Consent %1 is authorized until %2; its access token is good until %3 and is refreshed before it expires. The next %4 request sends it.</source>
        <translation>Suostumus %1 on valtuutettu %2 asti; sen käyttöoikeustoken on voimassa %3 asti ja päivitetään ennen vanhenemista. Seuraava %4-pyyntö lähettää sen.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsoleActions</name>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Uusi pyyntö</translation>
    </message>
    <message>
        <source>Open an empty request in a new tab</source>
        <translation>Avaa tyhjä pyyntö uuteen välilehteen</translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation>&amp;Tallenna pyyntö</translation>
    </message>
    <message>
        <source>Save the request of this tab to its collection</source>
        <translation>Tallenna tämän välilehden pyyntö sen kokoelmaan</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Sulje välilehti</translation>
    </message>
    <message>
        <source>Close this request tab</source>
        <translation>Sulje tämä pyyntövälilehti</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Seu&amp;raava välilehti</translation>
    </message>
    <message>
        <source>Show the next request tab</source>
        <translation>Näytä seuraava pyyntövälilehti</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>&amp;Edellinen välilehti</translation>
    </message>
    <message>
        <source>Show the previous request tab</source>
        <translation>Näytä edellinen pyyntövälilehti</translation>
    </message>
    <message>
        <source>Go to the &amp;address</source>
        <translation>Siirry &amp;osoitteeseen</translation>
    </message>
    <message>
        <source>Put the cursor in the request&apos;s URL</source>
        <translation>Siirrä kohdistin pyynnön URL-osoitteeseen</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <source>Send the request of this tab</source>
        <translation>Lähetä tämän välilehden pyyntö</translation>
    </message>
    <message>
        <source>&amp;Cancel the request</source>
        <translation>&amp;Peruuta pyyntö</translation>
    </message>
    <message>
        <source>Stop the request on its way</source>
        <translation>Pysäytä pyyntö kesken matkan</translation>
    </message>
    <message>
        <source>&amp;Duplicate request</source>
        <translation>&amp;Monista pyyntö</translation>
    </message>
    <message>
        <source>Open a copy of this request in a new, unsaved tab</source>
        <translation>Avaa pyynnön kopio uuteen, tallentamattomaan välilehteen</translation>
    </message>
    <message>
        <source>PSD2 &amp;consents…</source>
        <translation>PSD2-&amp;suostumukset…</translation>
    </message>
    <message>
        <source>The application&apos;s PSD2 consents, and a new one step by step</source>
        <translation>Sovelluksen PSD2-suostumukset ja uuden luominen vaihe vaiheelta</translation>
    </message>
    <message>
        <source>&amp;Find a command…</source>
        <translation>Etsi &amp;komento…</translation>
    </message>
    <message>
        <source>Every command by name, with its shortcut</source>
        <translation>Kaikki komennot nimen mukaan pikanäppäimineen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Every text a step larger</source>
        <translation>Kaikki teksti askelta suuremmaksi</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>Every text a step smaller</source>
        <translation>Kaikki teksti askelta pienemmäksi</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Todellinen koko</translation>
    </message>
    <message>
        <source>Text at the system&apos;s size</source>
        <translation>Teksti järjestelmän mukaisessa koossa</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>List every command with its shortcut</source>
        <translation>Luettele kaikki komennot pikanäppäimineen</translation>
    </message>
    <message>
        <source>&amp;About OP Developer Console</source>
        <translation>&amp;Tietoja: OP Developer Console</translation>
    </message>
    <message>
        <source>Versions of the console and of the libraries it runs on</source>
        <translation>Konsolin ja sen käyttämien kirjastojen versiot</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Language, colour scheme and text size</source>
        <translation>Kieli, värimaailma ja tekstin koko</translation>
    </message>
    <message>
        <source>&amp;Find in the response…</source>
        <translation>&amp;Etsi vastauksesta…</translation>
    </message>
    <message>
        <source>Search the response body shown (F3 and Shift+F3 for the next and previous match)</source>
        <translation>Etsi näytetyn vastauksen rungosta (F3 ja Vaihto+F3: seuraava ja edellinen osuma)</translation>
    </message>
</context>
<context>
    <name>opc::ui::CsrDialog</name>
    <message>
        <source>Create a certificate signing request</source>
        <translation>Luo varmenteen allekirjoituspyyntö (CSR)</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (suositeltu)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>e.g. the application or company name</source>
        <translation>esim. sovelluksen tai yrityksen nimi</translation>
    </message>
    <message>
        <source>PSD2: PSDFI-FINFSA-1234567-8</source>
        <translation>PSD2: PSDFI-FINFSA-1234567-8</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation>Yleisnimi (CN)</translation>
    </message>
    <message>
        <source>Organization (O)</source>
        <translation>Organisaatio (O)</translation>
    </message>
    <message>
        <source>Unit (OU)</source>
        <translation>Yksikkö (OU)</translation>
    </message>
    <message>
        <source>organizationIdentifier</source>
        <translation>organizationIdentifier</translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation>Maa (C)</translation>
    </message>
    <message>
        <source>Locality (L)</source>
        <translation>Paikkakunta (L)</translation>
    </message>
    <message>
        <source>The CSR appears here. Send it to your certificate authority; import the certificate it issues and the console pairs it with the key kept in the vault.</source>
        <translation>CSR tulee näkyviin tähän. Lähetä se varmentajallesi; tuo sen myöntämä varmenne, niin konsoli yhdistää sen holvissa säilytettävään avaimeen.</translation>
    </message>
    <message>
        <source>Create and save…</source>
        <translation>Luo ja tallenna…</translation>
    </message>
    <message>
        <source>Save the CSR</source>
        <translation>Tallenna CSR</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.csr)</source>
        <translation>PEM-tiedostot (*.pem *.csr)</translation>
    </message>
    <message>
        <source>A common name (CN) is needed.</source>
        <translation>Yleisnimi (CN) tarvitaan.</translation>
    </message>
    <message>
        <source>The country is two letters, such as FI.</source>
        <translation>Maa on kaksi kirjainta, esimerkiksi FI.</translation>
    </message>
    <message>
        <source>Saved to %1. The private key is in the vault, waiting for the issued certificate.</source>
        <translation>Tallennettu tiedostoon %1. Yksityinen avain on holvissa odottamassa myönnettävää varmennetta.</translation>
    </message>
    <message>
        <source>Created. The private key is in the vault, waiting for the issued certificate.</source>
        <translation>Luotu. Yksityinen avain on holvissa odottamassa myönnettävää varmennetta.</translation>
    </message>
</context>
<context>
    <name>opc::ui::EnvironmentSwitcher</name>
    <message>
        <source>The environment the next request goes to</source>
        <translation>Ympäristö, johon seuraava pyyntö lähetetään</translation>
    </message>
    <message>
        <source>%1 has no application yet: add one in Applications to send there.</source>
        <translation>Ympäristössä %1 ei ole vielä sovellusta: lisää sellainen Sovellukset-näkymässä, jotta voit lähettää sinne.</translation>
    </message>
</context>
<context>
    <name>opc::ui::EnvironmentsDialog</name>
    <message>
        <source>Built in: the embedded simulator on this computer</source>
        <translation>Sisäänrakennettu: tällä tietokoneella toimiva simulaattori</translation>
    </message>
    <message>
        <source>Built in: OP&apos;s developer sandbox</source>
        <translation>Sisäänrakennettu: OP:n sandbox-ympäristö kehittäjille</translation>
    </message>
    <message>
        <source>Built in: PRODUCTION, real customers and money</source>
        <translation>Sisäänrakennettu: TUOTANTO, oikeat asiakkaat ja rahat</translation>
    </message>
    <message>
        <source>Your own environment</source>
        <translation>Oma ympäristösi</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Ympäristöt</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation>ei mitään: varmenteiden sulkulistaa ei tarkisteta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Certificate revocation list</source>
        <translation>Varmenteiden sulkulista</translation>
    </message>
    <message>
        <source>CRL files (*.crl *.pem *.der);;All files (*)</source>
        <translation>CRL-tiedostot (*.crl *.pem *.der);;Kaikki tiedostot (*)</translation>
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
        <translation>Sulkulista</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Variables: use them as {{name}}; secret ones as {{secret:name}}, sent only to this environment&apos;s host.</source>
        <translation>Muuttujat: käytä muodossa {{name}}; salaisia muodossa {{secret:name}}, ja ne lähetetään vain tämän ympäristön palvelimelle.</translation>
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
        <translation>Uusi ympäristö</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (tuotanto)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>the base URL: mutual-TLS APIs listen there too</source>
        <translation>perus-URL: myös molemminpuolisen TLS:n rajapinnat kuuntelevat siellä</translation>
    </message>
    <message>
        <source>none: the system&apos;s CAs only</source>
        <translation>ei mitään: vain järjestelmän CA-varmenteet</translation>
    </message>
    <message>
        <source>CA certificate for this environment</source>
        <translation>Tämän ympäristön CA-varmenne</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-varmenteet (*.pem *.crt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Mutual-TLS base URL</source>
        <translation>Molemminpuolisen TLS:n perus-URL</translation>
    </message>
    <message>
        <source>Extra CA</source>
        <translation>Lisä-CA</translation>
    </message>
    <message>
        <source>The mutual-TLS base URL must be an https:// address.</source>
        <translation>Molemminpuolisen TLS:n perus-URL:n on oltava https://-osoite.</translation>
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
        <translation>Ilmoita tämä tunnus OP:n API-tuelle</translation>
    </message>
    <message>
        <source>The response carries no error payload.</source>
        <translation>Vastauksessa ei ole virhetietoja.</translation>
    </message>
    <message>
        <source>Succeeded with warnings. %1</source>
        <translation>Onnistui varoituksin. %1</translation>
    </message>
    <message>
        <source>Failed: the most severe entry is %1. %2</source>
        <translation>Epäonnistui: vakavin merkintä on %1. %2</translation>
    </message>
    <message>
        <source>Succeeded, but the most severe entry is %1. %2</source>
        <translation>Onnistui, mutta vakavin merkintä on %1. %2</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>Epäonnistui. %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryPane</name>
    <message>
        <source>Filter by URL</source>
        <translation>Suodata URL:n mukaan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Ei vastausta</translation>
    </message>
    <message>
        <source>Pick a class or type a status such as 404.</source>
        <translation>Valitse luokka tai kirjoita tilakoodi, esimerkiksi 404.</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Mikä tahansa taso</translation>
    </message>
    <message>
        <source>Exchanges whose error payload holds an entry of this level.</source>
        <translation>Viestinvaihdot, joiden virhetiedoissa on tämän tason merkintä.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Milloin tahansa</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Viimeinen tunti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <source>History is kept for this session only. %1</source>
        <translation>Historia säilytetään vain tämän istunnon ajan. %1</translation>
    </message>
    <message>
        <source>No history is kept. %1</source>
        <translation>Historiaa ei säilytetä. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n viestinvaihto</numerusform>
            <numerusform>%n viestinvaihtoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 / %n viestinvaihdosta</numerusform>
            <numerusform>%1 / %n viestinvaihdosta</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange was not added to the history: %1</source>
        <translation>Viestinvaihtoa ei lisätty historiaan: %1</translation>
    </message>
    <message>
        <source>That exchange is no longer in the history.</source>
        <translation>Tätä viestinvaihtoa ei ole enää historiassa.</translation>
    </message>
    <message>
        <source>The history kept only part of this request&apos;s body, so it cannot be re-sent as it was.</source>
        <translation>Historiaan tallentui vain osa tämän pyynnön rungosta, joten sitä ei voi lähettää uudelleen sellaisenaan.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Kopioi URL</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>Poista historiasta</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Tyhjennä historia…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Tyhjennä historia</translation>
    </message>
    <message>
        <source>Delete every exchange in the history? This cannot be undone.</source>
        <translation>Poistetaanko kaikki historian viestinvaihdot? Tätä ei voi perua.</translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryTableModel</name>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodi</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
</context>
<context>
    <name>opc::ui::ImportDialog</name>
    <message>
        <source>Postman Collection v2.1</source>
        <translation>Postman-kokoelma v2.1</translation>
    </message>
    <message>
        <source>.http / .rest file</source>
        <translation>.http- / .rest-tiedosto</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-komento</translation>
    </message>
    <message>
        <source>OpenAPI 3</source>
        <translation>OpenAPI 3</translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation>Tuo kokoelma</translation>
    </message>
    <message>
        <source>Postman collection, .http/.rest file, curl commands or OpenAPI 3 JSON</source>
        <translation>Postman-kokoelma, .http/.rest-tiedosto, curl-komentoja tai OpenAPI 3 -JSON</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>…or paste a curl command (or .http text) here</source>
        <translation>…tai liitä curl-komento (tai .http-teksti) tähän</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tunnista automaattisesti</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teksti:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Kokoelman nimi:</translation>
    </message>
    <message>
        <source>Collections (*.json *.http *.rest *.sh *.txt *.curl);;All files (*)</source>
        <translation>Kokoelmat (*.json *.http *.rest *.sh *.txt *.curl);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it was not read.</source>
        <translation>%1 on suurempi kuin %2 Mt; sitä ei luettu.</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Liitetty</translation>
    </message>
    <message>
        <source>The format could not be recognised; choose it in the list.</source>
        <translation>Muotoa ei tunnistettu; valitse se luettelosta.</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>Tuntematon muoto %1.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Tunnistettu: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) will be imported</source>
        <translation>
            <numerusform>%1: tuodaan %n pyyntö</numerusform>
            <numerusform>%1: tuodaan %n pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) skipped (listed below with the reason).</source>
        <translation>
            <numerusform>; %n kohde ohitetaan (lueteltu alla syineen).</numerusform>
            <numerusform>; %n kohdetta ohitetaan (lueteltu alla syineen).</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing skipped.</source>
        <translation>; mitään ei ohiteta.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Ei mitään tuotavaa.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Luetaan: %1…</translation>
    </message>
    <message>
        <source>The file is still being read.</source>
        <translation>Tiedostoa luetaan vielä.</translation>
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
        <translation>Vaihda holvin tunnuslause</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Uusi tunnuslause:</translation>
    </message>
    <message>
        <source>New passphrase, once more:</source>
        <translation>Uusi tunnuslause uudelleen:</translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>Uudet tunnuslauseet eivät täsmää; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>Holvin tunnuslause vaihdettiin.</translation>
    </message>
    <message>
        <source>&amp;Export encrypted backup…</source>
        <translation>&amp;Vie salattu varmuuskopio…</translation>
    </message>
    <message>
        <source>Export an encrypted backup of the vault</source>
        <translation>Vie holvin salattu varmuuskopio</translation>
    </message>
    <message>
        <source>Vault backups (*.opcv)</source>
        <translation>Holvin varmuuskopiot (*.opcv)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Varmuuskopion tunnuslause</translation>
    </message>
    <message>
        <source>A passphrase for the backup (it can differ from the vault&apos;s):</source>
        <translation>Varmuuskopion tunnuslause (se voi olla eri kuin holvin):</translation>
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
        <translation>Vie varmuuskopio</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Tuo varmuuskopio…</translation>
    </message>
    <message>
        <source>Import a vault backup</source>
        <translation>Tuo holvin varmuuskopio</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Varmuuskopion tunnuslause:</translation>
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
        <translation>Tuo varmuuskopio</translation>
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
        <translation>Holvi on lukittu: salaisia muuttujia ei voi muokata.</translation>
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
        <translation>Ympäristö: paikallinen simulaattori (käynnistyy)</translation>
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
        <translation>Ympäristö: sisäänrakennettu simulaattori ei käynnistynyt</translation>
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
        <translation>%1

%2</translation>
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
        <translation>Väärä tunnuslause kolme kertaa; holvi pysyy lukittuna.</translation>
    </message>
    <message>
        <source>no catalogued API</source>
        <translation>ei luetteloitu rajapinta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, HMAC-signed</source>
        <translation>, HMAC-allekirjoitettu</translation>
    </message>
    <message>
        <source>, mutual TLS</source>
        <translation>, molemminpuolinen TLS</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ei lähetetty: %1</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Tuotanto</translation>
    </message>
    <message>
        <source>Your applications: API key, secret, products and quota</source>
        <translation>Sovelluksesi: API-avain, salaisuus, tuotteet ja kiintiö</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>PRODUCTION: requests act on real customers&apos; accounts and money. Anything but GET asks first.</source>
        <translation>TUOTANTO: pyynnöt kohdistuvat oikeiden asiakkaiden tileihin ja rahaan. Kaikesta muusta kuin GET-pyynnöistä kysytään ensin.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>Re-send %1</source>
        <translation>Uudelleenlähetys: %1</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Verkkoasetukset…</translation>
    </message>
    <message>
        <source>Quota over the day</source>
        <translation>Kiintiö päivän mittaan</translation>
    </message>
    <message>
        <source>Unsaved edits cannot be journaled: %1</source>
        <translation>Tallentamattomia muokkauksia ei voi kirjata palautusta varten: %1</translation>
    </message>
    <message numerus="yes">
        <source>The console did not close normally last time. %n unsaved request(s) can be restored: %1.</source>
        <translation>
            <numerusform>Konsoli ei sulkeutunut viime kerralla normaalisti. %n tallentamaton pyyntö voidaan palauttaa: %1.</numerusform>
            <numerusform>Konsoli ei sulkeutunut viime kerralla normaalisti. %n tallentamatonta pyyntöä voidaan palauttaa: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits could not be journaled: %1</source>
        <translation>Tallentamattomia muokkauksia ei voitu kirjata palautusta varten: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The simulator&apos;s built-in application, subscribed to every API</source>
        <translation>Simulaattorin sisäänrakennettu sovellus, joka on tilannut kaikki rajapinnat</translation>
    </message>
    <message>
        <source>Manage applications…</source>
        <translation>Hallitse sovelluksia…</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>Rajapinnat</translation>
    </message>
    <message>
        <source>Network settings apply to the next request; the time limit and size cap after a restart.</source>
        <translation>Verkkoasetukset koskevat seuraavaa pyyntöä; aikaraja ja kokoraja vasta uudelleenkäynnistyksen jälkeen.</translation>
    </message>
    <message>
        <source>Use the demo application instead</source>
        <translation>Käytä sen sijaan demosovellusta</translation>
    </message>
    <message>
        <source>Active: the demo application (built in)</source>
        <translation>Käytössä: demosovellus (sisäänrakennettu)</translation>
    </message>
    <message>
        <source>The application manager needs the vault: %1</source>
        <translation>Sovellusten hallinta tarvitsee holvia: %1</translation>
    </message>
    <message>
        <source>Send %1 %2 to PRODUCTION as %3? It acts on real accounts.</source>
        <translation>Lähetetäänkö %1 %2 TUOTANTOON sovelluksena %3? Se kohdistuu oikeisiin tileihin.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Ei lähetetty.</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Todennus</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testit</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopio: %1</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Pyyntö</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes and is not in a collection yet. Save it in a collection before closing it?</source>
        <translation>Pyynnössä &quot;%1&quot; on tallentamattomia muutoksia, eikä se ole vielä missään kokoelmassa. Tallennetaanko se kokoelmaan ennen sulkemista?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing it?</source>
        <translation>Pyynnössä &quot;%1&quot; on tallentamattomia muutoksia. Tallennetaanko ne ennen sulkemista?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) have unsaved changes: %1. Save them before closing?</source>
        <translation>
            <numerusform>%n pyynnössä on tallentamattomia muutoksia: %1. Tallennetaanko ne ennen sulkemista?</numerusform>
            <numerusform>%n pyynnössä on tallentamattomia muutoksia: %1. Tallennetaanko ne ennen sulkemista?</numerusform>
        </translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Omat pyynnöt</translation>
    </message>
    <message>
        <source>Saved without its tests: %1</source>
        <translation>Tallennettu ilman testejä: %1</translation>
    </message>
    <message>
        <source>Saved %1 in the collection %2.</source>
        <translation>%1 tallennettu kokoelmaan %2.</translation>
    </message>
    <message>
        <source>Demo application</source>
        <translation>Demosovellus</translation>
    </message>
    <message>
        <source>, RSA-signed</source>
        <translation>, RSA-allekirjoitettu</translation>
    </message>
    <message>
        <source>, body signed (JWS)</source>
        <translation>, runko allekirjoitettu (JWS)</translation>
    </message>
    <message>
        <source>the merchant&apos;s RSA signature in Authorization, no token</source>
        <translation>kauppiaan RSA-allekirjoitus Authorization-otsakkeessa, ei tokenia</translation>
    </message>
    <message>
        <source>Next send: %1 · %2 · %3 · to %4</source>
        <translation>Seuraava lähetys: %1 · %2 · %3 · kohde %4</translation>
    </message>
    <message>
        <source>Rate limit used up</source>
        <translation>Pyyntöraja käytetty</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Lähetä silti</translation>
    </message>
    <message>
        <source>Consent %1 is authorized; the token picker sends it.</source>
        <translation>Suostumus %1 on valtuutettu; token-valitsin lähettää sen.</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoomaus %1 %</translation>
    </message>
    <message>
        <source>%1 (selected requests)</source>
        <translation>%1 (valitut pyynnöt)</translation>
    </message>
    <message>
        <source>A run is going on; cancel it first.</source>
        <translation>Ajo on käynnissä; peruuta se ensin.</translation>
    </message>
    <message>
        <source>There is no request to run there.</source>
        <translation>Siellä ei ole ajettavaa pyyntöä.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Ei ajettu: %1</translation>
    </message>
    <message>
        <source>Run %1 requests on PRODUCTION as %2? Some of them change data.</source>
        <translation>Ajetaanko %1 pyyntöä TUOTANNOSSA sovelluksena %2? Osa niistä muuttaa tietoja.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)</source>
        <translation>
            <numerusform>%1: %n pyyntö</numerusform>
            <numerusform>%1: %n pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>The response shown is an image: there is no text to find.</source>
        <translation>Näytetty vastaus on kuva: siinä ei ole tekstiä etsittäväksi.</translation>
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
        <translation>tyhjä tai http://proxy.example:8080</translation>
    </message>
    <message>
        <source>unlock the vault to set a password</source>
        <translation>avaa holvi, jotta voit asettaa salasanan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mt</translation>
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
        <translation>Aikaraja pyyntöä kohden</translation>
    </message>
    <message>
        <source>Largest response kept</source>
        <translation>Suurin säilytettävä vastaus</translation>
    </message>
    <message>
        <source>The proxy password is kept in the vault. Requests over HTTPS give the proxy its credentials only when opening the tunnel; the API server never sees them.</source>
        <translation>Välityspalvelimen salasana säilytetään holvissa. HTTPS-pyynnöissä välityspalvelin saa tunnistetiedot vain tunnelia avattaessa; API-palvelin ei näe niitä koskaan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address such as http://proxy.example:8080.</source>
        <translation>&quot;%1&quot; ei ole välityspalvelimen osoite, kuten http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Put the proxy user and password in their own fields, not in the address.</source>
        <translation>Kirjoita välityspalvelimen käyttäjä ja salasana omiin kenttiinsä, ei osoitteeseen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>opc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Värimaailma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekstin koko:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Järjestelmän oletus (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept for the next start.</source>
        <translation>Muutokset tulevat voimaan heti ja säilyvät seuraavaan käynnistykseen.</translation>
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
        <translation>Kiintiö: tuntematon ennen ensimmäistä vastausta</translation>
    </message>
    <message>
        <source>The quota is known after the first response.</source>
        <translation>Kiintiö selviää ensimmäisen vastauksen jälkeen.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>palvelin</translation>
    </message>
    <message>
        <source>counted locally</source>
        <translation>laskettu paikallisesti</translation>
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
        <translation>Kiintiö: nollausaika ohitettu; %1 / %2 seuraavaan vastaukseen asti</translation>
    </message>
    <message>
        <source>Quota: %1 / %2 left (%3)</source>
        <translation>Kiintiö: %1 / %2 jäljellä (%3)</translation>
    </message>
    <message>
        <source>At the current pace the quota runs out in %1.</source>
        <translation>Nykyisellä tahdilla kiintiö loppuu %1 kuluttua.</translation>
    </message>
    <message>
        <source>At the current pace the quota lasts until the reset.</source>
        <translation>Nykyisellä tahdilla kiintiö riittää nollaukseen asti.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) left today, of %1.</source>
        <translation>
            <numerusform>%Ln pyyntö jäljellä tänään (kaikkiaan %1).</numerusform>
            <numerusform>%Ln pyyntöä jäljellä tänään (kaikkiaan %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::RequestComposer</name>
    <message>
        <source>/accounts/v3/accounts or https://… ({{variables}} allowed)</source>
        <translation>/accounts/v3/accounts tai https://… ({{variables}} sallittu)</translation>
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
        <translation>Lisätään lähetettäessä: x-api-key, x-session-id, x-request-id, token-otsake ja Restricted-rajapinnoille x-hmac-signature.</translation>
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
    <message>
        <source>Presentation mode: secrets in the body are hidden; turn the mode off to edit it.</source>
        <translation>Esitystila: rungon salaisuudet on piilotettu; poista tila käytöstä, jos haluat muokata runkoa.</translation>
    </message>
</context>
<context>
    <name>opc::ui::RequestTabs</name>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>Not saved in a collection</source>
        <translation>Ei tallennettu kokoelmaan</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 kokoelmassa %2</translation>
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
        <translation>⚠ Runko on merkitty JSONiksi, mutta se ei ole kelvollista JSONia. %1. Näytetään sellaisena kuin se vastaanotettiin.</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Heksa</translation>
    </message>
    <message>
        <source>Show the body&apos;s bytes as a hex dump</source>
        <translation>Näytä rungon tavut heksavedoksena</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Kopioi curl-komentona</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; credentials are masked</source>
        <translation>Kopioi pyyntö curl-komentona; tunnistetiedot peitetään</translation>
    </message>
    <message>
        <source>Copy as curl (credentials masked)</source>
        <translation>Kopioi curl-komentona (tunnistetiedot peitetty)</translation>
    </message>
    <message>
        <source>Copy as curl with credentials revealed</source>
        <translation>Kopioi curl-komentona tunnistetiedot näkyvinä</translation>
    </message>
    <message>
        <source>The command will contain your credentials: do not paste it into tickets or chats</source>
        <translation>Komento sisältää tunnistetietosi: älä liitä sitä tiketteihin tai keskusteluihin</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Tukipaketti</translation>
    </message>
    <message>
        <source>Copy a redacted summary (time, URL, request and session ids, status, error ids) for OP&apos;s API support</source>
        <translation>Kopioi peitetty yhteenveto (aika, URL, pyyntö- ja istuntotunnukset, tila, virhetunnukset) OP:n API-tukea varten</translation>
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
        <translation>Ei vastausta</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <source>No response.</source>
        <translation>Ei vastausta.</translation>
    </message>
    <message>
        <source>%1, truncated</source>
        <translation>%1, katkaistu</translation>
    </message>
    <message>
        <source>%1 ms · %2 · %3</source>
        <translation>%1 ms · %2 · %3</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Virheet (%1)</translation>
    </message>
    <message>
        <source>Connect started   %1
</source>
        <translation>Yhteys aloitettu  %1
</translation>
    </message>
    <message>
        <source>TLS established   %1
</source>
        <translation>TLS muodostettu   %1
</translation>
    </message>
    <message>
        <source>Request sent      %1
</source>
        <translation>Pyyntö lähetetty  %1
</translation>
    </message>
    <message>
        <source>First byte        %1
</source>
        <translation>Ensimmäinen tavu  %1
</translation>
    </message>
    <message>
        <source>Finished          %1

</source>
        <translation>Valmis            %1

</translation>
    </message>
    <message>
        <source>Protocol          %1
</source>
        <translation>Protokolla        %1
</translation>
    </message>
    <message>
        <source>Cipher            %1
</source>
        <translation>Salausalgoritmi   %1
</translation>
    </message>
    <message>
        <source>Server chain      %1
</source>
        <translation>Palvelimen ketju  %1
</translation>
    </message>
    <message>
        <source>Client certificate %1
</source>
        <translation>Asiakasvarmenne   %1
</translation>
    </message>
    <message>
        <source>none presented</source>
        <translation>ei esitetty</translation>
    </message>
    <message>
        <source>
Redirects
  %1
</source>
        <translation>
Uudelleenohjaukset
  %1
</translation>
    </message>
    <message>
        <source>(request body: %1 bytes)

</source>
        <translation>(pyynnön runko: %1 tavua)

</translation>
    </message>
    <message>
        <source>⚠ The body is labelled %1 but could not be decoded as an image.</source>
        <translation>⚠ Runko on merkitty tyypiksi %1, mutta sitä ei voitu purkaa kuvaksi.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikseliä</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown in hex; switch Hex off to see the whole body.
</source>
        <translation>… %1 tavua lisää ei näytetä heksana; poista Heksa käytöstä, niin näet koko rungon.
</translation>
    </message>
    <message>
        <source>this application</source>
        <translation>tämä sovellus</translation>
    </message>
    <message>
        <source>⛔ 429 Too Many Requests: %1 has used up its rate limit.</source>
        <translation>⛔ 429 Too Many Requests: %1 on käyttänyt pyyntörajansa loppuun.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Palvelin pyytää odottamaan %n sekunnin.</numerusform>
            <numerusform>Palvelin pyytää odottamaan %n sekuntia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quota resets at %1.</source>
        <translation>Kiintiö nollautuu %1.</translation>
    </message>
    <message>
        <source>(no response)
</source>
        <translation>(ei vastausta)
</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 has %Ln request(s) left of %2 today (under 10 %).</source>
        <translation>
            <numerusform>⚠ %1: tänään jäljellä %Ln pyyntö / %2 (alle 10 %).</numerusform>
            <numerusform>⚠ %1: tänään jäljellä %Ln pyyntöä / %2 (alle 10 %).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::RunDialog</name>
    <message>
        <source>Run collection</source>
        <translation>Aja kokoelma</translation>
    </message>
    <message>
        <source>Run the whole list this many times; with a data file, at least once per row.</source>
        <translation>Aja koko luettelo näin monta kertaa; datatiedoston kanssa vähintään kerran riviä kohden.</translation>
    </message>
    <message>
        <source>none (CSV or JSON, one iteration per row)</source>
        <translation>ei mitään (CSV tai JSON, yksi kierros riviä kohden)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Requests in flight at once. A request that uses a variable captured before it waits for the requests before it.</source>
        <translation>Yhtä aikaa käynnissä olevat pyynnöt. Pyyntö, joka käyttää aiemmin talteen otettua muuttujaa, odottaa sitä edeltäviä pyyntöjä.</translation>
    </message>
    <message>
        <source>Stop at the first failed request</source>
        <translation>Pysähdy ensimmäiseen epäonnistuneeseen pyyntöön</translation>
    </message>
    <message>
        <source>Pause until it resets, then go on</source>
        <translation>Pidä tauko nollaukseen asti ja jatka sitten</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Pysäytä ajo</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Kierroksia:</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Datatiedosto:</translation>
    </message>
    <message>
        <source>D&amp;elay between requests:</source>
        <translation>&amp;Viive pyyntöjen välillä:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Pyyntöjä &amp;yhtä aikaa:</translation>
    </message>
    <message>
        <source>When the &amp;quota runs out:</source>
        <translation>Kun kiintiö &amp;loppuu:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Aja</translation>
    </message>
    <message>
        <source>Data file for the run</source>
        <translation>Ajon datatiedosto</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json);;All files (*)</source>
        <translation>Datatiedostot (*.csv *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): one iteration per row.</source>
        <translation>
            <numerusform>%n rivi: yksi kierros riviä kohden.</numerusform>
            <numerusform>%n riviä: yksi kierros riviä kohden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Ei käytettävissä: %1</translation>
    </message>
    <message>
        <source>None of these requests counts against the daily quota.</source>
        <translation>Mikään näistä pyynnöistä ei kuluta päivittäistä kiintiötä.</translation>
    </message>
    <message numerus="yes">
        <source>The run makes %n request(s) to quota&apos;d APIs. What %1 has left today is known after its first response.</source>
        <translation>
            <numerusform>Ajo tekee %n pyynnön kiintiön alaisiin rajapintoihin. Sovelluksen %1 tämän päivän jäljellä oleva kiintiö selviää sen ensimmäisen vastauksen jälkeen.</numerusform>
            <numerusform>Ajo tekee %n pyyntöä kiintiön alaisiin rajapintoihin. Sovelluksen %1 tämän päivän jäljellä oleva kiintiö selviää sen ensimmäisen vastauksen jälkeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run makes %n request(s) to quota&apos;d APIs; %1 has %2 of %3 left today.</source>
        <translation>
            <numerusform>Ajo tekee %n pyynnön kiintiön alaisiin rajapintoihin; sovelluksella %1 on tänään jäljellä %2 / %3.</numerusform>
            <numerusform>Ajo tekee %n pyyntöä kiintiön alaisiin rajapintoihin; sovelluksella %1 on tänään jäljellä %2 / %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not enough: the run pauses when the quota runs out and goes on after it resets at %1.</source>
        <translation>Se ei riitä: ajo pitää tauon, kun kiintiö loppuu, ja jatkuu, kun kiintiö nollautuu %1.</translation>
    </message>
    <message>
        <source>That is not enough: the run stops when the quota runs out (it resets at %1).</source>
        <translation>Se ei riitä: ajo pysähtyy, kun kiintiö loppuu (kiintiö nollautuu %1).</translation>
    </message>
</context>
<context>
    <name>opc::ui::RunnerPane</name>
    <message>
        <source>No run yet: choose Run… on a collection or folder.</source>
        <translation>Ei vielä ajoja: valitse kokoelman tai kansion valikosta Aja…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Aika (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Double-click a row to open its exchange in the response viewer</source>
        <translation>Avaa rivin viestinvaihto vastausnäkymään kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <source>Collection run</source>
        <translation>Kokoelman ajo</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>%1 Paused until %2; the run goes on by itself when the quota is back.</source>
        <translation>%1 Tauko klo %2 asti; ajo jatkuu itsestään, kun kiintiö on taas käytettävissä.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>pysäytetty: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 onnistui, %2 epäonnistui</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 ohitettiin</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noin %1 s jäljellä</translation>
    </message>
    <message>
        <source>Response times appear here</source>
        <translation>Vasteajat näkyvät tässä</translation>
    </message>
    <message>
        <source>Response times (ms)</source>
        <translation>Vasteajat (ms)</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pyyntöä</translation>
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
        <translation>OP:n sandbox-esimerkit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 API: security level %2, token in %3, signature %4%5.</source>
        <translation>%1-rajapinta: suojaustaso %2, token otsakkeessa %3, allekirjoitus %4%5.</translation>
    </message>
    <message>
        <source>, mutual TLS</source>
        <translation>, molemminpuolinen TLS</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Pyyntöraja</translation>
    </message>
    <message>
        <source>Rate-limit case: 429 TECHNICAL once the daily quota is used</source>
        <translation>Pyyntörajatapaus: 429 TECHNICAL, kun päivän kiintiö on käytetty</translation>
    </message>
    <message>
        <source>Every answer carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. Once the application has used its daily requests (1000 by default) the sandbox answers 429 with an ERROR TECHNICAL entry until midnight Europe/Helsinki, and the console blocks further sends. The local simulator&apos;s admin API sets the count used: PUT /apps/{apiKey}/quota {&quot;used&quot;: 1000}.</source>
        <translation>Jokainen vastaus sisältää otsakkeet X-RateLimit-Limit, X-RateLimit-Remaining ja X-RateLimit-Reset. Kun sovellus on käyttänyt päivittäiset pyyntönsä (oletuksena 1000), sandbox vastaa 429 ja ERROR TECHNICAL -merkinnällä Europe/Helsinki-ajan keskiyöhön asti, ja konsoli estää uudet lähetykset. Paikallisen simulaattorin hallintarajapinta asettaa käytettyjen pyyntöjen määrän: PUT /apps/{apiKey}/quota {&quot;used&quot;: 1000}.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kansiota %1 ei voitu luoda.</translation>
    </message>
    <message>
        <source>The sample collection is missing from this build.</source>
        <translation>Esimerkkikokoelma puuttuu tästä koontiversiosta.</translation>
    </message>
</context>
<context>
    <name>opc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Suodata komennon tai näppäimen mukaan</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikanäppäin</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
</context>
<context>
    <name>opc::ui::TestsTab</name>
    <message>
        <source>Status is</source>
        <translation>Tilakoodi on</translation>
    </message>
    <message>
        <source>Expected: a status code such as 201.</source>
        <translation>Odotettu: tilakoodi, esimerkiksi 201.</translation>
    </message>
    <message>
        <source>Status in range</source>
        <translation>Tilakoodi välillä</translation>
    </message>
    <message>
        <source>Expected: a range such as 200-299.</source>
        <translation>Odotettu: väli, esimerkiksi 200-299.</translation>
    </message>
    <message>
        <source>Header exists</source>
        <translation>Otsake on olemassa</translation>
    </message>
    <message>
        <source>Target: a header name such as x-request-id.</source>
        <translation>Kohde: otsakkeen nimi, esimerkiksi x-request-id.</translation>
    </message>
    <message>
        <source>Header equals</source>
        <translation>Otsake on täsmälleen</translation>
    </message>
    <message>
        <source>Target: a header name; expected: its exact value.</source>
        <translation>Kohde: otsakkeen nimi; odotettu: sen tarkka arvo.</translation>
    </message>
    <message>
        <source>Header matches</source>
        <translation>Otsake täsmää lausekkeeseen</translation>
    </message>
    <message>
        <source>Target: a header name; expected: a regular expression.</source>
        <translation>Kohde: otsakkeen nimi; odotettu: säännöllinen lauseke.</translation>
    </message>
    <message>
        <source>JSON value exists</source>
        <translation>JSON-arvo on olemassa</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer such as /paymentId.</source>
        <translation>Kohde: JSON Pointer, esimerkiksi /paymentId.</translation>
    </message>
    <message>
        <source>JSON value equals</source>
        <translation>JSON-arvo on täsmälleen</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer; expected: JSON such as 5 or &quot;EUR&quot;.</source>
        <translation>Kohde: JSON Pointer; odotettu: JSON, esimerkiksi 5 tai &quot;EUR&quot;.</translation>
    </message>
    <message>
        <source>JSON value matches</source>
        <translation>JSON-arvo täsmää lausekkeeseen</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer; expected: a regular expression.</source>
        <translation>Kohde: JSON Pointer; odotettu: säännöllinen lauseke.</translation>
    </message>
    <message>
        <source>JSON value is a</source>
        <translation>JSON-arvon tyyppi on</translation>
    </message>
    <message>
        <source>Target: a JSON Pointer; expected: string, number, boolean, object, array or null.</source>
        <translation>Kohde: JSON Pointer; odotettu: string, number, boolean, object, array tai null.</translation>
    </message>
    <message>
        <source>Response time below</source>
        <translation>Vastausaika alle</translation>
    </message>
    <message>
        <source>Expected: milliseconds.</source>
        <translation>Odotettu: millisekunteina.</translation>
    </message>
    <message>
        <source>No FATAL or ERROR</source>
        <translation>Ei FATAL- tai ERROR-merkintöjä</translation>
    </message>
    <message>
        <source>Expected: warn-allowed, or no-warn to fail on a WARN too.</source>
        <translation>Odotettu: warn-allowed tai no-warn, jolloin myös WARN hylkää tarkistuksen.</translation>
    </message>
    <message>
        <source>JSON Pointer</source>
        <translation>JSON Pointer</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Otsake</translation>
    </message>
    <message>
        <source>Body regex</source>
        <translation>Runko (regex)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päällä</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Odotettu</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Muuttuja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Lauseke</translation>
    </message>
    <message>
        <source>Checked after every response; captures feed {{variables}} of the next requests of a run.</source>
        <translation>Tarkistetaan jokaisen vastauksen jälkeen; talteenotot välittävät arvoja ajon seuraavien pyyntöjen {{variables}}-muuttujiin.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Talteenotot</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed.</source>
        <translation>%1/%2 tarkistuksesta onnistui.</translation>
    </message>
    <message>
        <source>%1 of %2 assertions passed. Failed: %3</source>
        <translation>%1/%2 tarkistuksesta onnistui. Epäonnistuneet: %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::TokenPicker</name>
    <message>
        <source>The token the next request sends (Alt+T; Alt+1 to Alt+4 pick a static token)</source>
        <translation>Token, jonka seuraava pyyntö lähettää (Alt+T; Alt+1–Alt+4 valitsevat staattisen tokenin)</translation>
    </message>
    <message>
        <source>API&apos;s header</source>
        <translation>Rajapinnan otsake</translation>
    </message>
    <message>
        <source>The header the token goes into; by default the one the API expects</source>
        <translation>Otsake, johon token sijoitetaan; oletuksena se, jota rajapinta odottaa</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>Prefix the token with &quot;Bearer &quot;</source>
        <translation>Lisää tokenin eteen &quot;Bearer &quot;</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Oma…</translation>
    </message>
    <message>
        <source>Add a custom token; its value is kept in the secret vault</source>
        <translation>Lisää oma token; sen arvo säilytetään salaisuusholvissa</translation>
    </message>
    <message>
        <source>Custom token</source>
        <translation>Oma token</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the selected custom token</source>
        <translation>Poista valittu oma token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>%1 (custom, %2)</source>
        <translation>%1 (oma, %2)</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Ei tokenia</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Lähettää: %1</translation>
    </message>
    <message>
        <source>Sends: %1 (custom)</source>
        <translation>Lähettää: %1 (oma)</translation>
    </message>
    <message>
        <source>The next request sends %1</source>
        <translation>Seuraava pyyntö lähettää: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Arvo:</translation>
    </message>
    <message>
        <source>The value is kept in the secret vault.</source>
        <translation>Arvo säilytetään salaisuusholvissa.</translation>
    </message>
    <message>
        <source>The value is kept for this session only.</source>
        <translation>Arvo säilytetään vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <source>The token has no value.</source>
        <translation>Tokenilla ei ole arvoa.</translation>
    </message>
    <message>
        <source>The static sandbox tokens cannot be removed.</source>
        <translation>Sandbox-ympäristön staattisia tokeneita ei voi poistaa.</translation>
    </message>
    <message>
        <source>Remove the custom token &quot;%1&quot;?</source>
        <translation>Poistetaanko oma token &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The custom token store is not available.</source>
        <translation>Omien tokenien tallennuspaikka ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>%1 in %2%3</source>
        <translation>%1 otsakkeessa %2%3</translation>
    </message>
    <message>
        <source> with Bearer</source>
        <translation> Bearer-etuliitteellä</translation>
    </message>
    <message>
        <source>%1 takes the token %2 &quot;Bearer &quot;: the API decides. Choose a header to decide yourself.</source>
        <translation>Otsake %1 saa tokenin %2 &quot;Bearer &quot;: rajapinta päättää. Valitse otsake, jos haluat päättää itse.</translation>
    </message>
    <message>
        <source>after</source>
        <translation>etuliitteellä</translation>
    </message>
    <message>
        <source>without</source>
        <translation>ilman etuliitettä</translation>
    </message>
    <message>
        <source>%1 consent %2 (%3, token until %4)</source>
        <translation>%1-suostumus %2 (%3, token klo %4 asti)</translation>
    </message>
    <message>
        <source>Sends: the consent&apos;s access token</source>
        <translation>Lähettää: suostumuksen pääsytoken</translation>
    </message>
    <message>
        <source>Consents are revoked in Request › PSD2 consents.</source>
        <translation>Suostumukset perutaan kohdassa Pyyntö › PSD2-suostumukset.</translation>
    </message>
</context>
<context>
    <name>opc::ui::UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
</context>
<context>
    <name>opc::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
</context>
</TS>
