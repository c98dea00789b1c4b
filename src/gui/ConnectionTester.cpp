#include "ConnectionTester.h"

#include "FalkorConnection.h"
#include "MilvusBackupClient.h"
#include "MilvusRestClient.h"
#include "OperationError.h"
#include "ProfileEndpoints.h"
#include "S3Client.h"
#include "S3Endpoint.h"
#include "SecretResolver.h"
#include "TaskContext.h"
#include "VectorServers.h"

#include <QCoreApplication>

namespace {
// The report's texts. ConnectionTester is a namespace, and lupdate takes a context only from a class:
// this one files them under "ConnectionTester".
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)
};

QString failureText(const OperationError &error)
{
    return error.hint().isEmpty() ? error.message() : error.message() + QLatin1Char(' ') + error.hint();
}

qint64 singleCount(FalkorConnection &connection, const QString &graph, const QString &cypher)
{
    const QueryResult result = connection.query(graph, cypher, QueryOptions { true, -1 });
    return result.rows.value(0).value(0).toInteger();
}

void openFalkor(FalkorConnection &connection, const ConnectionProfile &profile, SecretResolver &secrets,
                TaskContext &context)
{
    FalkorEndpoint endpoint;
    QString error;
    if (!FalkorEndpoint::parse(ProfileEndpoints::falkorDbUrl(profile, secrets), &endpoint, &error))
        throw OperationError(OperationError::Kind::InvalidInput, error);
    endpoint.connectTimeoutMs = 5000;
    connection.open(endpoint, &context);
}

void testFalkor(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context,
                ConnectionTestReport &report)
{
    const QString where = ProfileEndpoints::falkorDbDisplayUrl(profile);
    try {
        FalkorConnection connection;
        openFalkor(connection, profile, secrets, context);
        const ModuleInfo module = connection.moduleInfo();
        const QString redis = connection.redisVersion();
        if (!module.loaded) {
            report.lines.append(
                { false, ReportText::tr("FalkorDB %1: Redis %2 answered, but it has no graph module loaded.")
                             .arg(where, redis) });
            return;
        }
        const QStringList graphs = connection.listGraphs();
        report.lines.append({ true, ReportText::tr("FalkorDB %1: graph module %2 on Redis %3, %4 graph(s).")
                                        .arg(where, module.versionString(), redis)
                                        .arg(graphs.size()) });
        for (const QString &graph : graphs) {
            context.checkCanceled();
            ConnectionTestReport::GraphCount count { graph };
            count.nodes = singleCount(connection, graph, QStringLiteral("MATCH (n) RETURN count(n)"));
            count.edges = singleCount(connection, graph, QStringLiteral("MATCH ()-[e]->() RETURN count(e)"));
            report.graphs.append(count);
            report.lines.append({ true, ReportText::tr("    graph %1: %2 nodes, %3 edges")
                                            .arg(graph)
                                            .arg(count.nodes)
                                            .arg(count.edges) });
        }
        for (const QString &wanted : profile.falkorDb().graphs) {
            if (!graphs.contains(wanted))
                report.lines.append({ false, ReportText::tr("    graph %1 (named in the profile) does not exist "
                                                            "on this server.")
                                                 .arg(wanted) });
        }
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled)
            throw;
        report.lines.append({ false, ReportText::tr("FalkorDB %1: %2").arg(where, failureText(error)) });
    }
}

void testMilvusBackup(const ConnectionProfile &profile, TaskContext &context, ConnectionTestReport &report)
{
    const QString where = VectorServers::displayUrl(profile.milvusBackupUrl());
    try {
        MilvusBackupClient client(profile.milvusBackupUrl());
        MilvusBackupClient::Options options;
        options.requestTimeoutMs = 8000;
        client.setOptions(options);
        client.hello(&context);
        const QVersionNumber version = client.detectServerVersion(&context);
        const QString check = client.check(&context);
        const QString api = MilvusBackupClient::isModern(version) ? ReportText::tr("0.5.10 or newer")
                                                                  : ReportText::tr("older than 0.5.10");
        const QString checkText = check.trimmed().isEmpty() ? ReportText::tr("OK") : check.trimmed();
        report.lines.append({ true, ReportText::tr("milvus-backup %1: answers (%2 API); check: %3")
                                        .arg(where, api, checkText) });
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled)
            throw;
        report.lines.append({ false, ReportText::tr("milvus-backup %1: %2").arg(where, failureText(error)) });
    }
}

void testMilvus(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context,
                ConnectionTestReport &report)
{
    const QString where = VectorServers::displayUrl(profile.milvusUrl());
    try {
        const QMap<QString, qint64> rows = ConnectionTester::collectionRows(profile, secrets, context);
        report.collections = rows.keys();
        report.lines.append(
            { true, ReportText::tr("Milvus %1: %n collection(s)", nullptr, int(rows.size())).arg(where) });
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            report.lines.append(
                { true, ReportText::tr("    collection %1: %2 rows").arg(it.key()).arg(it.value()) });
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled)
            throw;
        report.lines.append({ false, ReportText::tr("Milvus %1: %2").arg(where, failureText(error)) });
    }
}

void testS3(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context, ConnectionTestReport &report)
{
    const ConnectionProfile::S3 &s3 = profile.s3();
    QString where = VectorServers::displayUrl(s3.endpoint);
    try {
        S3Endpoint endpoint = ProfileEndpoints::vectorStorage(profile);
        where = VectorServers::displayUrl(endpoint.serverUrl()) + QLatin1Char('/') + endpoint.bucket();
        const QString secret = secrets.secret(profile, SecretKind::S3SecretKey).value_or(QString());
        endpoint.setCredentials(s3.accessKeyId.trimmed(), secret);
        S3Client client(endpoint);
        S3Client::Options options;
        options.maxAttempts = 2;
        options.stallTimeoutMs = 8000;
        client.setOptions(options);
        if (!client.bucketExists(&context)) {
            report.lines.append({ false, ReportText::tr("S3 %1: the bucket does not exist.").arg(where) });
            return;
        }
        // A listing proves the keys may read what milvus-backup keeps there, not just that the bucket answers.
        const QString root = endpoint.rootPrefix().isEmpty() ? QString() : endpoint.rootPrefix() + QLatin1Char('/');
        const S3ListPage page = client.listObjectsPage(root, {}, QStringLiteral("/"), 1000, &context);
        report.lines.append({ true, ReportText::tr("S3 %1: bucket reachable, %n backup folder(s) under /%2",
                                                   nullptr, int(page.commonPrefixes.size()))
                                        .arg(where, root) });
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled)
            throw;
        report.lines.append({ false, ReportText::tr("S3 %1: %2").arg(where, failureText(error)) });
    }
}
} // namespace

bool ConnectionTestReport::ok() const
{
    if (lines.isEmpty())
        return false;
    for (const Line &line : lines) {
        if (!line.ok)
            return false;
    }
    return true;
}

QString ConnectionTestReport::toText() const
{
    QStringList text;
    for (const Line &line : lines)
        text.append((line.ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + line.text);
    return text.join(QLatin1Char('\n'));
}

ConnectionTestReport ConnectionTester::run(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context)
{
    ConnectionTestReport report;
    if (!profile.falkorDb().url.isEmpty())
        testFalkor(profile, secrets, context, report);
    if (!profile.milvusBackupUrl().isEmpty())
        testMilvusBackup(profile, context, report);
    if (!profile.milvusUrl().isEmpty())
        testMilvus(profile, secrets, context, report);
    if (!profile.s3().endpoint.isEmpty())
        testS3(profile, secrets, context, report);
    // Half a vector setup cannot back anything up: say which part is missing.
    const QStringList missing = ProfileEndpoints::missingVectorSettings(profile);
    if (!missing.isEmpty() && missing.size() < 3)
        report.lines.append({ false, ProfileEndpoints::vectorServersProblem(profile) });
    if (report.lines.isEmpty())
        report.lines.append(
            { false, ReportText::tr("The profile names no server: enter at least the FalkorDB URL.") });
    return report;
}

QStringList ConnectionTester::listGraphs(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context)
{
    FalkorConnection connection;
    openFalkor(connection, profile, secrets, context);
    connection.requireGraphModule();
    return connection.listGraphs();
}

QMap<QString, qint64> ConnectionTester::collectionRows(const ConnectionProfile &profile, SecretResolver &secrets,
                                                      TaskContext &context)
{
    if (profile.milvusUrl().isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput, ProfileEndpoints::vectorServersProblem(profile));
    const QString token = secrets.secret(profile, SecretKind::MilvusToken).value_or(QString());
    MilvusRestClient client(profile.milvusUrl(), token);
    client.setRequestTimeoutMs(8000);
    return client.rowCounts({}, &context);
}
