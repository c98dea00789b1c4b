#include "VectorCliOptions.h"

#include "MilvusRestClient.h"
#include "OperationError.h"

namespace VectorCliOptions {

void addCommon(QCommandLineParser &parser, bool withStorage)
{
    parser.addOption({ QStringLiteral("components"),
                       QStringLiteral("Components to handle: graph, vector or graph,vector (default: every component "
                                      "whose server is given)."),
                       QStringLiteral("LIST") });
    if (withStorage) {
        parser.addOption({ QStringLiteral("milvus-backup"), QStringLiteral("milvus-backup server, e.g. http://localhost:8080."),
                           QStringLiteral("URL") });
        parser.addOption({ QStringLiteral("s3"),
                           QStringLiteral("S3/MinIO endpoint of milvus-backup's backup storage, e.g. http://localhost:9000 "
                                          "(keys from S3_ACCESS_KEY / S3_SECRET_KEY)."),
                           QStringLiteral("URL") });
        parser.addOption({ QStringLiteral("s3-bucket"), QStringLiteral("milvus-backup's backup bucket (default a-bucket)."),
                           QStringLiteral("BUCKET"), QStringLiteral("a-bucket") });
        parser.addOption({ QStringLiteral("s3-root"), QStringLiteral("milvus-backup's backup root path (default backup)."),
                           QStringLiteral("PATH"), QStringLiteral("backup") });
        parser.addOption({ QStringLiteral("s3-region"), QStringLiteral("S3 signing region (default us-east-1)."),
                           QStringLiteral("REGION") });
        parser.addOption({ QStringLiteral("vector-timeout"),
                           QStringLiteral("Stop waiting for a milvus-backup task after this many seconds (default: no limit)."),
                           QStringLiteral("SECONDS") });
        parser.addOption({ QStringLiteral("vector-poll-ms"),
                           QStringLiteral("How often to ask milvus-backup about a running task (default 2000)."),
                           QStringLiteral("MS") });
    }
    parser.addOption({ QStringLiteral("milvus"),
                       QStringLiteral("Milvus REST endpoint for row counts, e.g. http://localhost:19530 (token from MILVUS_TOKEN)."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("collections"),
                       QStringLiteral("Collections, comma-separated, COLLECTION or DB.COLLECTION (default: all)."),
                       QStringLiteral("A,B") });
    parser.addOption({ QStringLiteral("collection-suffix"),
                       QStringLiteral("Suffix of the target collection names (restore/verify)."), QStringLiteral("S") });
}

QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(part.trimmed());
    return values;
}

bool selectComponents(const QCommandLineParser &parser, bool graphServerGiven, bool *graph, bool *vector, QString *error)
{
    const bool vectorServerGiven = parser.isSet(QStringLiteral("milvus-backup"))
        || (!parser.optionNames().contains(QStringLiteral("milvus-backup")) && parser.isSet(QStringLiteral("milvus")));
    if (!parser.isSet(QStringLiteral("components"))) {
        *graph = graphServerGiven;
        *vector = vectorServerGiven;
        return true;
    }
    *graph = false;
    *vector = false;
    for (const QString &component : listValues(parser, QStringLiteral("components"))) {
        if (component == QLatin1String("graph")) {
            *graph = true;
        } else if (component == QLatin1String("vector")) {
            *vector = true;
        } else {
            *error = QStringLiteral("Unknown component \"%1\"; use graph, vector or graph,vector.").arg(component);
            return false;
        }
    }
    if (*graph && !graphServerGiven) {
        *error = QStringLiteral("--components graph needs --falkordb URL.");
        return false;
    }
    if (*vector && !vectorServerGiven) {
        *error = QStringLiteral("--components vector needs --milvus-backup URL (and --s3, --milvus).");
        return false;
    }
    return true;
}

VectorServers servers(const QCommandLineParser &parser, bool withStorage)
{
    VectorServers servers;
    const auto url = [&](const QString &option) {
        const QUrl value = QUrl::fromUserInput(parser.value(option));
        if (parser.isSet(option) && (!value.isValid() || value.host().isEmpty()))
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("--%1 \"%2\" is not a URL.").arg(option, parser.value(option)));
        return parser.isSet(option) ? value : QUrl();
    };
    servers.milvusUrl = url(QStringLiteral("milvus"));
    servers.milvusToken = MilvusRestClient::tokenFromEnvironment();
    if (!withStorage)
        return servers;
    servers.milvusBackupUrl = url(QStringLiteral("milvus-backup"));
    if (!parser.isSet(QStringLiteral("s3")))
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("The vector component needs --s3 URL."),
                             QObject::tr("Give the S3/MinIO endpoint milvus-backup keeps its backups in, e.g. http://localhost:9000."));
    servers.storage = S3Endpoint::fromUrl(parser.value(QStringLiteral("s3")), parser.value(QStringLiteral("s3-bucket")),
                                          parser.value(QStringLiteral("s3-root")), parser.value(QStringLiteral("s3-region")));
    servers.storage.loadCredentialsFromEnvironment();
    if (parser.isSet(QStringLiteral("vector-timeout")))
        servers.clientOptions.maxWaitMs = qint64(parser.value(QStringLiteral("vector-timeout")).toDouble() * 1000);
    if (parser.isSet(QStringLiteral("vector-poll-ms")))
        servers.clientOptions.pollIntervalMs = qMax(50, parser.value(QStringLiteral("vector-poll-ms")).toInt());
    return servers;
}

QStringList collections(const QCommandLineParser &parser)
{
    return listValues(parser, QStringLiteral("collections"));
}

QString collectionSuffix(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("collection-suffix"));
}

} // namespace VectorCliOptions

namespace VectorCliOptions {

void addRestore(QCommandLineParser &parser)
{
    addCommon(parser, true);
    parser.addOption({ QStringLiteral("on-existing-collection"),
                       QStringLiteral("When a target collection exists: fail (default), skip (leave it, restore the "
                                      "others), rename (restore as <name>_restored), drop (delete and restore; needs --yes)."),
                       QStringLiteral("fail|skip|rename|drop"), QStringLiteral("fail") });
    parser.addOption({ QStringLiteral("on-existing-backup"),
                       QStringLiteral("When the backup name exists in the target bucket: fail (default), reuse (if identical "
                                      "to the set's copy), rename (upload as <name>_2, ...)."),
                       QStringLiteral("fail|reuse|rename"), QStringLiteral("fail") });
    parser.addOption({ QStringLiteral("rename-collection"),
                       QStringLiteral("Restore a collection under another name, SOURCE=TARGET (repeatable; wins over "
                                      "--collection-suffix)."),
                       QStringLiteral("SRC=DST") });
    parser.addOption({ QStringLiteral("no-restore-index"),
                       QStringLiteral("Do not rebuild the collections' indexes after the import (they are rebuilt by "
                                      "default: without them a restored collection cannot be loaded for search).") });
    parser.addOption({ QStringLiteral("restore-index"), QStringLiteral("Rebuild the indexes (the default; kept for scripts).") });
    parser.addOption({ QStringLiteral("meta-only"), QStringLiteral("Restore the collection schemas only, no rows.") });
}

bool restoreRequest(const QCommandLineParser &parser, bool confirmed, VectorRestore::Request *request, QString *error)
{
    bool ok = false;
    request->onExistingCollection = VectorRestore::parseOnExistingCollection(parser.value(QStringLiteral("on-existing-collection")), &ok);
    if (!ok) {
        *error = QStringLiteral("--on-existing-collection must be fail, skip, rename or drop.");
        return false;
    }
    request->onExistingBackup = VectorRestore::parseOnExistingBackup(parser.value(QStringLiteral("on-existing-backup")), &ok);
    if (!ok) {
        *error = QStringLiteral("--on-existing-backup must be fail, reuse or rename.");
        return false;
    }
    for (const QString &rename : parser.values(QStringLiteral("rename-collection"))) {
        const qsizetype eq = rename.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == rename.size() - 1) {
            *error = QStringLiteral("--rename-collection takes SOURCE=TARGET, not \"%1\".").arg(rename);
            return false;
        }
        request->renames.insert(rename.left(eq).trimmed(), rename.mid(eq + 1).trimmed());
    }
    request->collections = collections(parser);
    request->collectionSuffix = collectionSuffix(parser);
    request->confirmed = confirmed;
    if (parser.isSet(QStringLiteral("restore-index")) && parser.isSet(QStringLiteral("no-restore-index"))) {
        *error = QStringLiteral("--restore-index and --no-restore-index contradict each other; give one.");
        return false;
    }
    request->restoreIndex = !parser.isSet(QStringLiteral("no-restore-index"));
    request->metaOnly = parser.isSet(QStringLiteral("meta-only"));
    return true;
}

} // namespace VectorCliOptions
