#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace opc::AtomicFile {

namespace {

constexpr auto kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner;
} // namespace

Status write(const QString &path, const QByteArray &data, Privacy privacy)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return Status::failure(QCoreApplication::translate("opc::AtomicFile", "Cannot create the folder %1.").arg(dir.absolutePath()));
    }
    if (privacy == Privacy::Private) {
        QFile::setPermissions(dir.absolutePath(), kPrivateDir);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(
            QCoreApplication::translate("opc::AtomicFile", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // QSaveFile creates a new temp file with 0666 less umask; a secret must
    // never exist on disk, not even for a moment, with group/other access.
    if (privacy == Privacy::Private && !file.setPermissions(kPrivateFile)) {
        file.cancelWriting();
        return Status::failure(QCoreApplication::translate("opc::AtomicFile", "Cannot restrict the permissions of %1.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    errno = 0;
    if (file.write(data) != data.size()) {
        // QSaveFile reports a failed write as "Unknown error"; the errno of
        // that write says what a person can act on (DATA-01: a full disk).
        const int cause = errno;
        const QString reason = cause == ENOSPC || cause == EDQUOT ? QCoreApplication::translate("opc::AtomicFile", "the disk is full")
            : cause == EFBIG                                     ? QCoreApplication::translate("opc::AtomicFile", "the file is larger than the system allows")
                                                                 : file.errorString();
        file.cancelWriting();
        return Status::failure(
            QCoreApplication::translate("opc::AtomicFile", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    errno = 0;
    if (!file.commit()) {
        const int cause = errno;
        const QString reason = cause == ENOSPC || cause == EDQUOT ? QCoreApplication::translate("opc::AtomicFile", "the disk is full") : file.errorString();
        return Status::failure(QCoreApplication::translate("opc::AtomicFile", "Cannot save %1: %2 (the previous version is unchanged)")
                                   .arg(QDir::toNativeSeparators(path), reason));
    }
    return {};
}

Result<QByteArray> read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::AtomicFile", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("unreadable"));
    }
    if (file.size() > maxBytes) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::AtomicFile", "%1 is too large (%2 bytes; the limit is %3).")
                .arg(QDir::toNativeSeparators(path))
                .arg(file.size())
                .arg(maxBytes),
            QStringLiteral("too-large"));
    }
    return file.readAll();
}

Result<QString> quarantine(const QString &path)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 1; QFile::exists(target); ++n) {
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    if (!QFile::rename(path, target)) {
        return Result<QString>::failure(
            QCoreApplication::translate("opc::AtomicFile", "Cannot move the damaged file %1 aside.").arg(QDir::toNativeSeparators(path)));
    }
    return target;
}

} // namespace opc::AtomicFile
