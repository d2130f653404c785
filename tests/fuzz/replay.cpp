// Replays a fuzz target's corpus, then feeds it bounded random mutations of
// that corpus (bit flips, cuts, duplications, splices and dictionary tokens).
// This runs as a ctest in every build, so a crash or a broken invariant
// found once stays found; with clang, the same targets link with libFuzzer
// (tests/fuzz/libfuzzer.cpp) for open-ended fuzzing.
//
//   fuzz_replay TARGET CORPUS_DIR [--extra FILE]... [--mutations N] [--seed S]

#include "fuzztargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QByteArray mutate(QByteArray data, QRandomGenerator &random, const QList<QByteArray> &corpus,
                  const QList<QByteArray> &dictionary)
{
    const int steps = 1 + int(random.bounded(4));
    for (int s = 0; s < steps; ++s) {
        const qsizetype size = data.size();
        const qsizetype at = size ? qsizetype(random.bounded(quint64(size))) : 0;
        switch (random.bounded(7)) {
        case 0: // flip a bit
            if (size)
                data[at] = char(data.at(at) ^ (1 << random.bounded(8)));
            break;
        case 1: // set a byte to an interesting value
            if (size) {
                static const char interesting[] = { 0, '\r', '\n', '"', '\\', '{', '}', '\x7f', '\xff', '%' };
                data[at] = interesting[random.bounded(int(sizeof interesting))];
            }
            break;
        case 2: // cut a range
            data.remove(at, qsizetype(random.bounded(quint64(qMax<qsizetype>(1, size - at)))));
            break;
        case 3: // duplicate a range (grows nesting and repetition)
            if (size) {
                const qsizetype len = qMin<qsizetype>(qsizetype(random.bounded(64)) + 1, size - at);
                data.insert(at, data.mid(at, len));
            }
            break;
        case 4: // insert a dictionary token
            if (!dictionary.isEmpty())
                data.insert(at, dictionary.at(random.bounded(int(dictionary.size()))));
            break;
        case 5: // splice with another corpus entry
            if (!corpus.isEmpty()) {
                const QByteArray &other = corpus.at(random.bounded(int(corpus.size())));
                const qsizetype from = other.isEmpty() ? 0 : qsizetype(random.bounded(quint64(other.size())));
                data = data.left(at) + other.mid(from);
            }
            break;
        default: // truncate
            data.truncate(at);
            break;
        }
    }
    return data.left(256 * 1024);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: fuzz_replay TARGET CORPUS_DIR [--extra FILE]... [--mutations N] [--seed S]\n");
        return 2;
    }
    const opc::fuzz::Target *target = opc::fuzz::find(args.at(1));
    if (!target) {
        std::fprintf(stderr, "fuzz_replay: unknown target %s\n", qPrintable(args.at(1)));
        return 2;
    }
    int mutations = 0;
    quint32 seed = 1;
    const QDir dir(args.at(2));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
        if (args.at(i) == "--mutations"_L1)
            mutations = args.at(i + 1).toInt();
        else if (args.at(i) == "--seed"_L1)
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == "--extra"_L1)
            files.append(args.at(i + 1)); // realistic test data shared with other tests
    }
    QList<QByteArray> corpus;
    QStringList names;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        corpus.append(f.readAll());
        names.append(QFileInfo(path).fileName());
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz_replay: no corpus files in %s\n", qPrintable(dir.path()));
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        std::fprintf(stderr, "replay %s\n", qPrintable(names.at(i)));
        target->run(corpus.at(i));
    }
    // Deterministic: the seed is printed, so a failure can be reproduced.
    QRandomGenerator random(seed);
    for (int n = 0; n < mutations; ++n) {
        const QByteArray input = mutate(corpus.at(random.bounded(int(corpus.size()))), random, corpus,
                                        target->dictionary);
        target->run(input);
    }
    std::printf("fuzz %s: %lld corpus files and %d mutations (seed %u) in %lld ms, no failure\n", target->name,
                qlonglong(corpus.size()), mutations, seed, clock.elapsed());
    return 0;
}
