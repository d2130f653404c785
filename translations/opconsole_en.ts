<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>opc::CollectionExporter</name>
    <message numerus="yes">
        <source>The export contains %n secret-looking value(s) and was not written:
%1</source>
        <translation>
            <numerusform>The export contains %n secret-looking value and was not written:
%1</numerusform>
            <numerusform>The export contains %n secret-looking values and was not written:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ConsentFlow</name>
    <message numerus="yes">
        <source>The browser did not come back from the bank&apos;s page within %n minute(s); start the consent again.</source>
        <translation>
            <numerusform>The browser did not come back from the bank&apos;s page within %n minute; start the consent again.</numerusform>
            <numerusform>The browser did not come back from the bank&apos;s page within %n minutes; start the consent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::PostmanImporter</name>
    <message numerus="yes">
        <source>applied to each of the %n request(s) beneath</source>
        <translation>
            <numerusform>applied to each of the %n request beneath</numerusform>
            <numerusform>applied to each of the %n requests beneath</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) translated into assertions</source>
        <translation>
            <numerusform>%n check translated into assertions</numerusform>
            <numerusform>%n checks translated into assertions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) captured</source>
        <translation>
            <numerusform>%n variable captured</numerusform>
            <numerusform>%n variables captured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s) are not imported</source>
        <translation>
            <numerusform>%n saved example response is not imported</numerusform>
            <numerusform>%n saved example responses are not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::RevocationCheck</name>
    <message numerus="yes">
        <source>Revocation checked against %n configured CRL(s): not revoked.</source>
        <translation>
            <numerusform>Revocation checked against %n configured CRL: not revoked.</numerusform>
            <numerusform>Revocation checked against %n configured CRLs: not revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::BodyView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::CertificatePane</name>
    <message numerus="yes">
        <source>Expired on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Expired on %1 (%n day ago)</numerusform>
            <numerusform>Expired on %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Valid until %1 (%n day left)</numerusform>
            <numerusform>Valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with %n intermediate certificate(s).</source>
        <translation>
            <numerusform>Stored with %n intermediate certificate.</numerusform>
            <numerusform>Stored with %n intermediate certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionTreeModel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::CollectionsPane</name>
    <message numerus="yes">
        <source>%n collection(s), %1 requests.</source>
        <translation>
            <numerusform>%n collection, %1 requests.</numerusform>
            <numerusform>%n collections, %1 requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded and the rest of the collection opened:</source>
        <translation>
            <numerusform>%n file could not be loaded and the rest of the collection opened:</numerusform>
            <numerusform>%n files could not be loaded and the rest of the collection opened:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %n selected requests…</source>
        <translation>
            <numerusform>Run %n selected request…</numerusform>
            <numerusform>Run %n selected requests…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::HistoryPane</name>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 of %n exchange</numerusform>
            <numerusform>%1 of %n exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n request(s) will be imported</source>
        <translation>
            <numerusform>%1: %n request will be imported</numerusform>
            <numerusform>%1: %n requests will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) skipped (listed below with the reason).</source>
        <translation>
            <numerusform>; %n item skipped (listed below with the reason).</numerusform>
            <numerusform>; %n items skipped (listed below with the reason).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n secret(s) exported, encrypted, to %1.</source>
        <translation>
            <numerusform>%n secret exported, encrypted, to %1.</numerusform>
            <numerusform>%n secrets exported, encrypted, to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) imported from the backup.</source>
        <translation>
            <numerusform>%n secret imported from the backup.</numerusform>
            <numerusform>%n secrets imported from the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console did not close normally last time. %n unsaved request(s) can be restored: %1.</source>
        <translation>
            <numerusform>The console did not close normally last time. %n unsaved request can be restored: %1.</numerusform>
            <numerusform>The console did not close normally last time. %n unsaved requests can be restored: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) have unsaved changes: %1. Save them before closing?</source>
        <translation>
            <numerusform>%n request has unsaved changes: %1. Save it before closing?</numerusform>
            <numerusform>%n requests have unsaved changes: %1. Save them before closing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)</source>
        <translation>
            <numerusform>%1: %n request</numerusform>
            <numerusform>%1: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::QuotaIndicator</name>
    <message numerus="yes">
        <source>%Ln request(s) left today, of %1.</source>
        <translation>
            <numerusform>%Ln request left today, of %1.</numerusform>
            <numerusform>%Ln requests left today, of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::ResponseViewer</name>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>The server asks to wait %n second.</numerusform>
            <numerusform>The server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 has %Ln request(s) left of %2 today (under 10 %).</source>
        <translation>
            <numerusform>⚠ %1 has %Ln request left of %2 today (under 10 %).</numerusform>
            <numerusform>⚠ %1 has %Ln requests left of %2 today (under 10 %).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::RunDialog</name>
    <message numerus="yes">
        <source>%n row(s): one iteration per row.</source>
        <translation>
            <numerusform>%n row: one iteration per row.</numerusform>
            <numerusform>%n rows: one iteration per row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run makes %n request(s) to quota&apos;d APIs. What %1 has left today is known after its first response.</source>
        <translation>
            <numerusform>The run makes %n request to quota&apos;d APIs. What %1 has left today is known after its first response.</numerusform>
            <numerusform>The run makes %n requests to quota&apos;d APIs. What %1 has left today is known after its first response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run makes %n request(s) to quota&apos;d APIs; %1 has %2 of %3 left today.</source>
        <translation>
            <numerusform>The run makes %n request to quota&apos;d APIs; %1 has %2 of %3 left today.</numerusform>
            <numerusform>The run makes %n requests to quota&apos;d APIs; %1 has %2 of %3 left today.</numerusform>
        </translation>
    </message>
</context>
</TS>
