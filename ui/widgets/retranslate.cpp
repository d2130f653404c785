#include "widgets/retranslate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

#include <memory>
#include <vector>

namespace opc::ui {

namespace {

/// Installing or removing a translator sends LanguageChange to the
/// application object, synchronously: that is where the texts are set again.
class Registry : public QObject
{
public:
    Registry() : QObject(QCoreApplication::instance())
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    void add(QObject *context, std::function<void()> apply)
    {
        // Dialogs come and go between language changes: their entries go
        // with them now and then, not only at the next change.
        if (++m_added % 512 == 0) {
            std::erase_if(m_entries, [](const Entry &e) { return e.context.isNull(); });
        }
        m_entries.push_back({ QPointer<QObject>(context),
                              std::make_shared<std::function<void()>>(std::move(apply)) });
    }

    /// RetranslateBatch's count, and whether a change came meanwhile.
    int batches = 0;
    bool pending = false;

    void applyAll()
    {
        std::erase_if(m_entries, [](const Entry &e) { return e.context.isNull(); });
        // An entry may add others (a pane rebuilt in the new language):
        // those already speak it.
        const size_t count = m_entries.size();
        for (size_t i = 0; i < count && i < m_entries.size(); ++i) {
            if (!m_entries[i].context.isNull()) {
                // Held while it runs: the vector may grow meanwhile.
                const std::shared_ptr<std::function<void()>> apply = m_entries[i].apply;
                (*apply)();
            }
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
            if (batches > 0) {
                pending = true;
            } else {
                applyAll();
            }
        }
        return false;
    }

private:
    struct Entry {
        QPointer<QObject> context;
        std::shared_ptr<std::function<void()>> apply;
    };
    std::vector<Entry> m_entries;
    size_t m_added = 0;
};

Registry *registry()
{
    static QPointer<Registry> instance;
    if (!instance) {
        instance = new Registry;
    }
    return instance;
}

} // namespace

RetranslateBatch::RetranslateBatch()
{
    if (QCoreApplication::instance()) {
        ++registry()->batches;
    }
}

RetranslateBatch::~RetranslateBatch()
{
    if (!QCoreApplication::instance()) {
        return;
    }
    Registry *r = registry();
    if (--r->batches == 0 && r->pending) {
        r->pending = false;
        r->applyAll();
    }
}

void retranslate(QObject *context, std::function<void()> apply)
{
    apply();
    onLanguageChange(context, std::move(apply));
}

void onLanguageChange(QObject *context, std::function<void()> apply)
{
    if (QCoreApplication::instance()) {
        registry()->add(context, std::move(apply));
    }
}

} // namespace opc::ui
