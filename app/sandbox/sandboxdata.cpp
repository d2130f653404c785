#include "sandboxdata.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace opc::sandbox {

namespace {

// FNV-1a: a seed that does not depend on Qt's per-process hash seed, so
// that generated data is identical on every run.
quint64 fnv1a(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : text.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed ? seed : 0x9e3779b97f4a7c15ULL) { }
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

QString v1IdFor(const QString &token, const QString &iban)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((token + u':' + iban).toUtf8(), QCryptographicHash::Sha1).toHex());
}

SandboxAccount account(const QString &token, const char *iban, const QString &name, const char *type, qint64 cents)
{
    SandboxAccount a;
    a.iban = QString::fromLatin1(iban);
    a.bic = QStringLiteral("OKOYFIHH");
    a.name = name;
    a.accountType = QString::fromLatin1(type);
    a.balanceCents = cents;
    a.v1Id = v1IdFor(token, a.iban);
    return a;
}

QList<SandboxDataset> buildDatasets()
{
    const QString kayttotili = QStringLiteral("KÄYTTÖTILI");
    QList<SandboxDataset> sets;

    // The six accounts OP's sandbox returned for 6c18… (recorded traffic).
    const QString t1 = QStringLiteral("6c18c234b1b18b1d97c7043e2e41135c293d0da9");
    SandboxDataset a { t1, QStringLiteral("Matti Virtanen"), {} };
    a.accounts = { account(t1, "FI2350009421535899", kayttotili, "710001", 0),
                   account(t1, "FI3959986920207073", kayttotili, "710001", 221581),
                   account(t1, "FI8958400720010290", kayttotili, "710001", 1028784),
                   account(t1, "FI2450009421535881", kayttotili, "710001", 0),
                   account(t1, "FI8058400767000550", kayttotili, "711006", 0),
                   account(t1, "FI8859986967004714", kayttotili, "711006", 1285251) };
    sets.append(a);

    // The ten accounts of the v1 sample for b691….
    const QString t2 = QStringLiteral("b6910384440ce06f495976f96a162e2ab1bafbb4");
    SandboxDataset b { t2, QStringLiteral("Aino Korhonen"), {} };
    b.accounts = { account(t2, "FI3959986920207073", kayttotili, "710001", 221581),
                   account(t2, "FI2350009421535899", kayttotili, "710001", 0),
                   account(t2, "FI7858400761900714", QStringLiteral("KASVUTUOTTO"), "712035", 313757),
                   account(t2, "FI1958400720090508", kayttotili, "710001", 227571),
                   account(t2, "FI1158400720088809", kayttotili, "710001", 2099082),
                   account(t2, "FI1958400720091381", kayttotili, "710001", 427661),
                   account(t2, "FI8958400720010290", kayttotili, "710001", 1028784),
                   account(t2, "FI2450009421535881", kayttotili, "710001", 0),
                   account(t2, "FI8058400767000550", QStringLiteral("24 KK MÄÄRÄAIKAINEN TUOTTOTILI"), "711006", 0),
                   account(t2, "FI8859986967004714", QStringLiteral("24 KK MÄÄRÄAIKAINEN TUOTTOTILI"), "711006",
                           1285251) };
    sets.append(b);

    // The other two tokens' datasets are not published: generate valid
    // Finnish IBANs from OP's 5xxxx bank codes.
    const QString t3 = QStringLiteral("7a66629ddf3691a66eb6466ab7a9f610de531047");
    SandboxDataset c { t3, QStringLiteral("Juha Mäkinen"), {} };
    c.accounts = { account(t3, SandboxData::finnishIban(QStringLiteral("57200420123456")).toLatin1().constData(),
                           kayttotili, "710001", 153420),
                   account(t3, SandboxData::finnishIban(QStringLiteral("57200420654321")).toLatin1().constData(),
                           QStringLiteral("SÄÄSTÖTILI"), "712035", 804512) };
    sets.append(c);

    const QString t4 = QStringLiteral("3af871a0e3ebfc46f375ff2b63d1414982bd4f76");
    SandboxDataset d { t4, QStringLiteral("Liisa Nieminen"), {} };
    d.accounts = { account(t4, SandboxData::finnishIban(QStringLiteral("50001520111222")).toLatin1().constData(),
                           kayttotili, "710001", 4205) };
    sets.append(d);

    // The older overview page listed fdb6… where the new one lists 6c18….
    SandboxDataset e = a;
    e.token = QStringLiteral("fdb6c7c24bbc3a2c4144c1848825ab7d3a4ccb43");
    for (auto &acc : e.accounts)
        acc.v1Id = v1IdFor(e.token, acc.iban);
    sets.append(e);
    return sets;
}

const QList<SandboxDataset> &datasets()
{
    static const QList<SandboxDataset> sets = buildDatasets();
    return sets;
}

struct Counterparty
{
    const char *name;
    const char *bban; // 14 digits; empty for card purchases
    const char *message;
};

const Counterparty kCounterparties[] = {
    { "K-CITYMARKET ESPOO", "", "Korttiosto" },
    { "S-MARKET KALLIO", "", "Korttiosto" },
    { "LIDL HELSINKI", "", "Korttiosto" },
    { "HSL", "", "Matkakortin lataus" },
    { "ALKO TAMPERE", "", "Korttiosto" },
    { "HELEN OY", "80001870003542", "Sähkölasku" },
    { "ELISA OYJ", "80001100060013", "Puhelinlasku" },
    { "Pekka Lahtinen", "57200420987654", "Lounas" },
    { "Sanna Heikkinen", "50001520333444", "Vuokra-osuus" },
    { "KESKO OYJ PALKAT", "50001520555666", "PALKKA" },
};

} // namespace

namespace SandboxData {

QStringList staticTokens()
{
    QStringList out;
    for (const auto &d : datasets())
        out << d.token;
    return out;
}

const SandboxDataset *datasetForToken(const QString &token)
{
    for (const auto &d : datasets()) {
        if (d.token == token)
            return &d;
    }
    return nullptr;
}

const SandboxDataset *datasetForPsd2User(const QString &userId)
{
    if (userId == u"88888881")
        return &datasets().at(0);
    if (userId == u"88888882")
        return &datasets().at(1);
    return nullptr;
}

QList<SandboxTransaction> transactionsFor(const SandboxAccount &account, const QDate &today)
{
    Rng rng(fnv1a(account.iban + account.name));
    QList<SandboxTransaction> out;
    qint64 balance = account.balanceCents;
    const int count = 24 + rng.below(16);
    QDate date = today;
    for (int i = 0; i < count; ++i) {
        date = date.addDays(-rng.below(3));
        const int pick = rng.below(int(std::size(kCounterparties)));
        const Counterparty &cp = kCounterparties[pick];
        SandboxTransaction t;
        const bool salary = QByteArrayView(cp.message) == "PALKKA";
        t.amountCents = salary ? 250000 + rng.below(80000) : -(100 + qint64(rng.below(9000)));
        t.balanceAfterCents = balance;
        balance -= t.amountCents; // walking backwards in time
        t.counterpartyName = QString::fromUtf8(cp.name);
        t.counterpartyIban = cp.bban[0] ? finnishIban(QString::fromLatin1(cp.bban)) : QString();
        t.message = QString::fromUtf8(cp.message);
        t.bookingDate = date;
        t.archiveId = QStringLiteral("%1%2").arg(date.toString(QStringLiteral("yyyyMMdd")))
                          .arg(qulonglong(rng.next() % 1000000000000ULL), 12, 10, QLatin1Char('0'));
        t.transactionId = QString::fromLatin1(
            QCryptographicHash::hash((account.iban + t.archiveId).toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(32));
        t.reference = cp.bban[0] && !salary ? QStringLiteral("RF%1").arg(10 + rng.below(89)) + QString::number(
                                                  100000 + rng.below(899999))
                                            : QString();
        t.isoCode = t.amountCents < 0 ? QStringLiteral("PMNT-CCRD-POSD") : QStringLiteral("PMNT-RCDT-ESCT");
        t.opCode = salary ? QStringLiteral("710") : (cp.bban[0] ? QStringLiteral("106") : QStringLiteral("162"));
        out.append(t);
    }
    return out;
}

QString finnishIban(const QString &bban14)
{
    // ISO 13616: BBAN + "FI00" with letters as numbers (F=15, I=18), mod 97.
    const QString digits = bban14 + QStringLiteral("151800");
    int rem = 0;
    for (const QChar c : digits)
        rem = (rem * 10 + c.digitValue()) % 97;
    return QStringLiteral("FI%1%2").arg(98 - rem, 2, 10, QLatin1Char('0')).arg(bban14);
}

bool isValidIban(const QString &ibanIn)
{
    QString iban = ibanIn;
    iban.remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    if (iban.startsWith(u"FI") && iban.size() != 18)
        return false;
    const QString moved = iban.mid(4) + iban.left(4);
    int rem = 0;
    for (const QChar c : moved) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
    }
    return rem == 1;
}

QString formatCents(qint64 cents)
{
    const bool neg = cents < 0;
    const qint64 a = neg ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(neg ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10,
                                                                                                   QLatin1Char('0'));
}

bool parseAmount(const QString &text, qint64 *cents)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 v = m.captured(1).toLongLong() * 100;
    const QString frac = m.captured(2);
    if (frac.size() == 1)
        v += frac.toInt() * 10;
    else if (frac.size() == 2)
        v += frac.toInt();
    *cents = v;
    return true;
}

} // namespace SandboxData

} // namespace opc::sandbox
