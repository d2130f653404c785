#pragma once

#include "model/assertion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opc {

/// Postman test scripts as the console's assertions and captures, both
/// ways. A script is never run: its text is read for the handful of shapes
/// real collections use (pm.response.to.have.status(201),
/// pm.expect(pm.response.json().amount).to.eql(5), ...), and whatever else
/// it holds is reported with a reason. A pm.test block is translated whole
/// or not at all, so an imported check never claims less than the original.
///
/// Where chai and the runner differ at the edges, the runner's reading is
/// taken: `.to.exist` on a JSON value becomes JsonExists, which a null
/// member passes and chai's exist does not.
namespace PostmanScripts {

/// A part of a test script that was not translated.
struct Untranslated
{
    /// The pm.test name; empty for a statement outside any pm.test.
    QString test;
    /// Why: "conditions and loops are not translated", ...
    QString reason;
};

/// What a test script became.
struct Translation
{
    QList<Assertion> assertions; ///< in script order
    QList<Capture> captures;
    QList<Untranslated> untranslated;
    int translatedTests = 0; ///< pm.test blocks translated whole
};

/// Reads the lines of a `listen: "test"` script (Postman's exec array).
Translation translate(const QStringList &lines);

/// The lines of a test script that checks what @p assertions check, one
/// pm.test each, named by Assertion::describe(), and sets a collection
/// variable for each capture. Disabled ones are left out. translate() reads
/// the result back into the same assertions and captures.
QStringList testScript(const QList<Assertion> &assertions, const QList<Capture> &captures);

/// "pm.response.json().a[0][\"k-y\"]" for the RFC 6901 pointer "/a/0/k-y".
QString jsonAccessor(const QString &pointer);

} // namespace PostmanScripts

} // namespace opc
