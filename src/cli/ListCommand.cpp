#include "ListCommand.h"

#include "BackupHistory.h"
#include "ConsoleTaskContext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString entryText(const BackupHistory::Entry &entry)
{
    const BackupManifest &m = entry.manifest;
    QString status = BackupHistory::statusName(entry.status);
    if (entry.status == BackupHistory::Status::Complete)
        status += entry.checksumsChecked ? QStringLiteral(" (checksums verified)") : QStringLiteral(" (sizes checked)");
    QString out = QStringLiteral("  %1%2  %3  %4  %5\n")
                      .arg(entry.name, entry.package ? QStringLiteral(" [package]") : QString(),
                           m.createdAt.isValid() ? m.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("?"),
                           sizeText(entry.bytes), status);
    QStringList from;
    if (!m.profileName.isEmpty())
        from.append(QStringLiteral("profile \"%1\"").arg(m.profileName));
    if (!m.falkordbServer.isEmpty())
        from.append(QStringLiteral("FalkorDB %1").arg(m.falkordbServer));
    if (!m.milvusBackupServer.isEmpty())
        from.append(QStringLiteral("milvus-backup %1").arg(m.milvusBackupServer));
    if (!from.isEmpty())
        out += QStringLiteral("      from %1\n").arg(from.join(QLatin1String(", ")));
    for (const auto &g : m.graphs)
        out += QStringLiteral("      graph %1: %2 nodes, %3 edges\n").arg(g.name).arg(g.nodes).arg(g.edges);
    for (const auto &c : m.collections)
        out += QStringLiteral("      collection %1.%2: %3\n")
                   .arg(c.database, c.name, c.rows < 0 ? QStringLiteral("rows unknown") : QStringLiteral("%1 rows").arg(c.rows));
    for (const QString &problem : entry.problems.mid(0, 5))
        out += QStringLiteral("      ! %1\n").arg(problem);
    if (entry.problems.size() > 5)
        out += QStringLiteral("      ! ... and %1 more\n").arg(entry.problems.size() - 5);
    return out;
}

} // namespace

void ListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Backups folders (default: ./backups), plus those used before."));
    parser.addOption({ QStringLiteral("check"), QStringLiteral("Verify every file's SHA-256 (slow); otherwise only sizes are compared.") });
    parser.addOption({ QStringLiteral("no-remember"),
                       QStringLiteral("Neither record these folders nor list the ones used before (BMB_HISTORY_FILE sets the file).") });
}

int ListCommand::runParsed(QCommandLineParser &parser)
{
    QStringList folders = parser.positionalArguments();
    const bool explicitFolders = !folders.isEmpty();
    if (!explicitFolders)
        folders.append(QStringLiteral("backups"));
    for (QString &folder : folders)
        folder = QDir(folder).absolutePath();
    const bool remember = !parser.isSet(QStringLiteral("no-remember"));
    const bool check = parser.isSet(QStringLiteral("check"));
    const bool json = parser.isSet(QStringLiteral("json"));
    return execute([&](ConsoleTaskContext &context) {
        BackupHistory history;
        QStringList all = folders;
        if (remember)
            for (const auto &location : history.locations())
                if (!all.contains(location.path))
                    all.append(location.path);
        QJsonArray locations;
        bool ok = true;
        QString text;
        for (const QString &folder : std::as_const(all)) {
            if (!QFileInfo(folder).isDir()) {
                locations.append(QJsonObject { { QStringLiteral("path"), folder }, { QStringLiteral("reachable"), false } });
                text += QStringLiteral("%1  (not reachable now)\n\n").arg(folder);
                if (explicitFolders && folders.contains(folder))
                    ok = false;
                continue;
            }
            const QList<BackupHistory::Entry> entries = BackupHistory::scan(folder, check, context);
            QJsonArray sets;
            text += QStringLiteral("%1  (%2 backup%3)\n").arg(folder).arg(entries.size()).arg(entries.size() == 1 ? QString() : QStringLiteral("s"));
            for (const auto &entry : entries) {
                sets.append(entry.toJson());
                text += entryText(entry);
                ok = ok && entry.status != BackupHistory::Status::Corrupt;
            }
            text += QLatin1Char('\n');
            locations.append(QJsonObject { { QStringLiteral("path"), folder }, { QStringLiteral("reachable"), true }, { QStringLiteral("sets"), sets } });
            if (remember && folders.contains(folder))
                history.remember(folder);
        }
        if (!json)
            std::fputs(text.toLocal8Bit().constData(), stdout);
        // A corrupt set makes the listing "not ok" (exit code 3), so scripts notice.
        return QJsonObject { { QStringLiteral("ok"), ok }, { QStringLiteral("locations"), locations } };
    });
}
