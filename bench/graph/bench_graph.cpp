// Graph backup/restore benchmark. Starts redis-server with the graph module (the stand-in, or a real
// falkordb.so from FALKORDB_MODULE) under the Docker image's limits, generates knowledge-graph-shaped
// graphs of the given sizes and measures, for each size: export (GraphExporter), the restore's folder
// check alone, restore without verification (GraphImporter, verify off), verification alone, and the
// naive restore (one MERGE round trip per node and per edge, matched by name) on a subset.
//
// Every phase runs in a child process of this binary (`--phase ...`), so the peak RSS (VmHWM) printed
// for a phase belongs to that phase only. Not part of CTest: it measures, tests assert.
//
// Usage: bench_graph [--nodes 20000,200000] [--edges-per-node 2] [--vectors 0|768] [--naive 2000]
//                    [--keep DIR]
#include "CypherParameters.h"
#include "FalkorConnection.h"
#include "GraphContentSummary.h"
#include "GraphExporter.h"
#include "GraphImporter.h"
#include "GraphMetadata.h"
#include "GraphTableReader.h"
#include "KnowledgeGraphGenerator.h"
#include "OperationError.h"
#include "RedisServerFixture.h"
#include "TaskContext.h"
#include "TestEnvironment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {

const QString kSourceGraph = QStringLiteral("kg");
const QString kRestoredGraph = QStringLiteral("kg_restored");
const QString kNaiveGraph = QStringLiteral("kg_naive");

// VmRSS / VmHWM of a process in KiB, from /proc/<pid>/status.
qint64 procStatusKiB(const QString &pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Progress every few seconds on stderr, so a long run shows it is alive; warnings always.
class BenchContext : public CallbackTaskContext
{
public:
    BenchContext()
        : CallbackTaskContext(
              [](const TaskProgress &p) {
                  err() << "  .. " << p.phase << ' ' << p.done << '/' << p.total << ' ' << p.unit << Qt::endl;
              },
              [](LogLevel level, const QString &message) {
                  if (level >= LogLevel::Warning)
                      err() << "  !! " << message << Qt::endl;
              })
    {
        setThrottleIntervalMs(5000);
    }
};

// ---- the phases (child processes) ----

struct PhaseArguments
{
    QString url;
    QString directory;
    qint64 nodes = 0;
    qint64 edges = 0;
    int vectors = 0;
    int naiveRows = 2000;
    int pageWidth = 0; // 0: the exporter's default
};

QJsonObject phaseGenerate(FalkorConnection &connection, const PhaseArguments &a)
{
    KnowledgeGraphGenerator::Options options;
    options.nodes = a.nodes;
    options.edges = a.edges;
    options.vectorDimension = a.vectors;
    KnowledgeGraphGenerator generator(connection, kSourceGraph, options);
    QElapsedTimer timer;
    timer.start();
    const auto result = generator.generate();
    return { { QStringLiteral("seconds"), timer.nsecsElapsed() / 1e9 },
             { QStringLiteral("entities"), double(result.nodes + result.edges) },
             { QStringLiteral("nameless"), double(result.namelessNodes) },
             { QStringLiteral("multiLabel"), double(result.multiLabelNodes) } };
}

QJsonObject phaseExport(FalkorConnection &connection, const PhaseArguments &a)
{
    BenchContext context;
    connection.setTaskContext(&context);
    GraphExporter exporter(connection, context);
    QElapsedTimer timer;
    timer.start();
    GraphExporter::Options options;
    if (a.pageWidth > 0)
        options.scanner.maxPageWidth = a.pageWidth;
    const GraphMetadata metadata = exporter.exportGraph(kSourceGraph, a.directory, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (metadata.changedDuringExport)
        throw OperationError(OperationError::Kind::Failed, QStringLiteral("the export saw the graph change"));
    return { { QStringLiteral("seconds"), seconds },
             { QStringLiteral("entities"), double(metadata.nodeCount + metadata.edgeCount) },
             { QStringLiteral("nodes"), double(metadata.nodeCount) },
             { QStringLiteral("edges"), double(metadata.edgeCount) },
             { QStringLiteral("bytes"), double(metadata.nodes.size + metadata.edges.size) } };
}

QJsonObject phaseCheck(const PhaseArguments &a)
{
    BenchContext context;
    QElapsedTimer timer;
    timer.start();
    const GraphMetadata metadata = GraphImporter::checkFolder(a.directory, context);
    return { { QStringLiteral("seconds"), timer.nsecsElapsed() / 1e9 },
             { QStringLiteral("entities"), double(metadata.nodeCount + metadata.edgeCount) } };
}

QJsonObject phaseRestore(FalkorConnection &connection, const PhaseArguments &a)
{
    BenchContext context;
    connection.setTaskContext(&context);
    GraphImporter importer(connection, context);
    GraphImporter::Options options;
    options.verify = false; // measured on its own by the verify phase
    QElapsedTimer timer;
    timer.start();
    const GraphImporter::Report report = importer.importGraph(a.directory, kRestoredGraph, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (report.nodesCreated != report.expected.nodes || report.edgesCreated != report.expected.edges)
        throw OperationError(OperationError::Kind::Failed, QStringLiteral("the restore created %1/%2 nodes, %3/%4 edges")
                                                               .arg(report.nodesCreated).arg(report.expected.nodes)
                                                               .arg(report.edgesCreated).arg(report.expected.edges));
    return { { QStringLiteral("seconds"), seconds },
             { QStringLiteral("entities"), double(report.nodesCreated + report.edgesCreated) },
             { QStringLiteral("indexes"), report.indexesCreated } };
}

QJsonObject phaseVerify(FalkorConnection &connection, const PhaseArguments &a)
{
    BenchContext context;
    connection.setTaskContext(&context);
    const GraphContentSummary expected = GraphContentSummary::fromMetadata(GraphMetadata::load(a.directory));
    QElapsedTimer timer;
    timer.start();
    // What GraphImporter does when verify is on: read the whole live graph back and compare.
    const GraphContentSummary actual = GraphContentSummary::fromLiveGraph(connection, kRestoredGraph, context);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QStringList differences = expected.differences(actual, QStringLiteral("the export"), QStringLiteral("the restored graph"));
    if (!differences.isEmpty())
        throw OperationError(OperationError::Kind::IntegrityError, differences.join(QLatin1Char('\n')));
    return { { QStringLiteral("seconds"), seconds }, { QStringLiteral("entities"), double(actual.nodes + actual.edges) } };
}

// What the naive tools do: every value as a plain parameter (a vector becomes a list of doubles, its
// type is lost), one round trip per row.
GraphValue plainValue(const GraphValue &value)
{
    if (value.type() == GraphValue::Type::Vector) {
        GraphValue::Array items;
        for (float f : value.toVector())
            items.append(GraphValue::number(double(f)));
        return GraphValue::array(items);
    }
    return value;
}

QJsonObject phaseNaive(FalkorConnection &connection, const PhaseArguments &a)
{
    const GraphMetadata metadata = GraphMetadata::load(a.directory);
    GraphTableReader nodes(QDir(a.directory).filePath(metadata.nodes.name), { QStringLiteral("_id"), QStringLiteral("_labels") });
    nodes.open();
    GraphTableReader edges(QDir(a.directory).filePath(metadata.edges.name),
                           { QStringLiteral("_id"), QStringLiteral("_type"), QStringLiteral("_src"), QStringLiteral("_dst") });
    edges.open();
    const QueryOptions write { false, -1 };

    // The subset: the first K nodes of the export, and the first K edges between two of them.
    QHash<quint64, QString> nameOf; // old id -> name ("" when the node has none)
    qint64 nodesTried = 0, nodesFailed = 0, namelessNodes = 0;
    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    GraphTableReader::Row row;
    while (nodesTried < a.naiveRows && nodes.next(&row)) {
        const quint64 id = row.fixed[0].text.toULongLong();
        const QJsonArray labelsJson = QJsonDocument::fromJson(row.fixed[1].text).array();
        const QString label = labelsJson.isEmpty() ? QString() : labelsJson.first().toString(); // first label only
        QString name;
        bool hasName = false;
        GraphValue::Map properties;
        for (const auto &property : std::as_const(row.properties)) {
            if (property.key == QLatin1String("name") && property.value.type() == GraphValue::Type::String) {
                name = property.value.toString();
                hasName = true;
            } else {
                properties.append({ property.key, plainValue(property.value) });
            }
        }
        nameOf.insert(id, hasName ? name : QString());
        ++nodesTried;
        if (!hasName)
            ++namelessNodes;
        CypherParameters parameters;
        parameters.add(QStringLiteral("name"), hasName ? GraphValue::string(name) : GraphValue());
        parameters.add(QStringLiteral("props"), GraphValue::map(properties));
        const QString labelPart = label.isEmpty() ? QString() : QLatin1Char(':') + CypherParameters::quoteIdentifier(label);
        timer.start();
        try {
            connection.query(kNaiveGraph,
                             parameters.apply(QStringLiteral("MERGE (n%1 {name: $name}) SET n += $props").arg(labelPart)), write);
        } catch (const OperationError &) {
            ++nodesFailed; // "Cannot merge node using null property value": the tool skips the row
        }
        elapsedNs += timer.nsecsElapsed();
    }

    qint64 edgesTried = 0, edgesUnaddressable = 0;
    while (edgesTried < a.naiveRows && edges.next(&row)) {
        const quint64 source = row.fixed[2].text.toULongLong();
        const quint64 destination = row.fixed[3].text.toULongLong();
        if (!nameOf.contains(source) || !nameOf.contains(destination))
            continue;
        ++edgesTried;
        const QString sourceName = nameOf.value(source);
        const QString destinationName = nameOf.value(destination);
        if (sourceName.isNull() || destinationName.isNull()) {
            ++edgesUnaddressable; // an endpoint without a name cannot be found by name
            continue;
        }
        GraphValue::Map properties;
        for (const auto &property : std::as_const(row.properties))
            properties.append({ property.key, plainValue(property.value) });
        CypherParameters parameters;
        parameters.add(QStringLiteral("a"), GraphValue::string(sourceName));
        parameters.add(QStringLiteral("b"), GraphValue::string(destinationName));
        parameters.add(QStringLiteral("props"), GraphValue::map(properties));
        timer.start();
        connection.query(kNaiveGraph,
                         parameters.apply(QStringLiteral("MATCH (a {name: $a}), (b {name: $b}) MERGE (a)-[r:%1]->(b) SET r += $props")
                                              .arg(CypherParameters::quoteIdentifier(QString::fromUtf8(row.fixed[1].text)))),
                         write);
        elapsedNs += timer.nsecsElapsed();
    }

    const auto count = [&](const QString &query) {
        return connection.query(kNaiveGraph, query, QueryOptions { true, -1 }).rows.value(0).value(0).toInteger();
    };
    const qint64 nodesPresent = count(QStringLiteral("MATCH (n) RETURN count(n)"));
    const qint64 edgesPresent = count(QStringLiteral("MATCH ()-[e]->() RETURN count(e)"));
    return { { QStringLiteral("seconds"), elapsedNs / 1e9 },
             { QStringLiteral("entities"), double(nodesTried + edgesTried) },
             { QStringLiteral("nodesTried"), double(nodesTried) },
             { QStringLiteral("nodesPresent"), double(nodesPresent) },
             { QStringLiteral("namelessNodes"), double(namelessNodes) },
             { QStringLiteral("nodesFailed"), double(nodesFailed) },
             { QStringLiteral("edgesTried"), double(edgesTried) },
             { QStringLiteral("edgesUnaddressable"), double(edgesUnaddressable) },
             { QStringLiteral("edgesPresent"), double(edgesPresent) } };
}

int runPhase(const QString &phase, const PhaseArguments &a)
{
    const QString self = QString::number(QCoreApplication::applicationPid());
    const qint64 startRss = procStatusKiB(self, "VmRSS");
    FalkorConnection connection;
    FalkorEndpoint endpoint;
    QString error;
    if (!FalkorEndpoint::parse(a.url, &endpoint, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    try {
        QJsonObject result;
        if (phase == QLatin1String("check")) {
            result = phaseCheck(a);
        } else {
            connection.open(endpoint);
            if (phase == QLatin1String("generate"))
                result = phaseGenerate(connection, a);
            else if (phase == QLatin1String("export"))
                result = phaseExport(connection, a);
            else if (phase == QLatin1String("restore"))
                result = phaseRestore(connection, a);
            else if (phase == QLatin1String("verify"))
                result = phaseVerify(connection, a);
            else if (phase == QLatin1String("naive"))
                result = phaseNaive(connection, a);
            else {
                err() << "unknown phase " << phase << Qt::endl;
                return 2;
            }
        }
        result.insert(QStringLiteral("phase"), phase);
        result.insert(QStringLiteral("startRssKiB"), double(startRss));
        result.insert(QStringLiteral("peakRssKiB"), double(procStatusKiB(self, "VmHWM")));
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    } catch (const OperationError &e) {
        err() << phase << " failed: " << e.fullText() << Qt::endl;
        return 1;
    }
}

// ---- the driver ----

struct ServerStats
{
    qint64 rssKiB = -1;
    qint64 peakRssKiB = -1;
    qint64 roQueries = 0;
    qint64 queries = 0;
    qint64 graphUsec = 0; // time redis-server spent in GRAPH.QUERY + GRAPH.RO_QUERY
    qint64 sentBytes = 0; // total_net_output_bytes: what the server sent to all clients
};

ServerStats serverStats(const QString &url)
{
    ServerStats stats;
    FalkorEndpoint endpoint;
    QString error;
    FalkorEndpoint::parse(url, &endpoint, &error);
    FalkorConnection connection;
    connection.open(endpoint);
    QString pid;
    for (const QByteArray &line : connection.command({ "INFO", "server" }).text.split('\n'))
        if (line.startsWith("process_id:"))
            pid = QString::fromLatin1(line.mid(11).trimmed());
    stats.rssKiB = procStatusKiB(pid, "VmRSS");
    stats.peakRssKiB = procStatusKiB(pid, "VmHWM");
    for (const QByteArray &line : connection.command({ "INFO", "stats" }).text.split('\n'))
        if (line.startsWith("total_net_output_bytes:"))
            stats.sentBytes = line.mid(23).trimmed().toLongLong();
    // cmdstat_graph.RO_QUERY:calls=12,... (module command names keep their case).
    for (const QByteArray &line : connection.command({ "INFO", "commandstats" }).text.split('\n')) {
        const QByteArray lower = line.toLower();
        const int calls = lower.indexOf("calls=");
        if (calls < 0)
            continue;
        const qint64 n = lower.mid(calls + 6, lower.indexOf(',', calls) - calls - 6).toLongLong();
        const int usec = lower.indexOf("usec=");
        const qint64 spent = usec < 0 ? 0 : lower.mid(usec + 5, lower.indexOf(',', usec) - usec - 5).toLongLong();
        if (lower.startsWith("cmdstat_graph.ro_query:"))
            stats.roQueries = n;
        else if (lower.startsWith("cmdstat_graph.query:"))
            stats.queries = n;
        if (lower.startsWith("cmdstat_graph.ro_query:") || lower.startsWith("cmdstat_graph.query:"))
            stats.graphUsec += spent;
    }
    return stats;
}

struct SizeResult
{
    qint64 nodes = 0;
    qint64 edges = 0;
    QHash<QString, QJsonObject> phases;
    QHash<QString, ServerStats> serverAfter;
    QHash<QString, qint64> roQueries; // GRAPH.RO_QUERY calls during the phase
    QHash<QString, qint64> queries;   // GRAPH.QUERY calls during the phase
    QHash<QString, qint64> serverUsec; // time the server spent in graph queries during the phase
    QHash<QString, qint64> sentBytes;  // bytes the server sent during the phase
};

QJsonObject runChild(const QString &phase, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--phase"), phase } + arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        throw OperationError(OperationError::Kind::Failed, QStringLiteral("phase %1 failed (exit code %2)").arg(phase).arg(child.exitCode()));
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

SizeResult runSize(qint64 nodes, qint64 edges, int vectors, int naiveRows, int pageWidth, const QString &workDirectory)
{
    SizeResult result;
    result.nodes = nodes;
    result.edges = edges;
    RedisServerFixture server;
    RedisServerFixture::Options options;
    // The limits of FalkorDB's Docker image: every read is paged under them.
    options.moduleArguments = { QStringLiteral("RESULTSET_SIZE"), QStringLiteral("10000"), QStringLiteral("TIMEOUT"), QStringLiteral("1000") };
    QString error;
    if (!server.start(options, &error))
        throw OperationError(OperationError::Kind::Failed, error);
    const QString directory = QDir(workDirectory).filePath(QStringLiteral("export-%1").arg(nodes));
    QDir(directory).removeRecursively();
    const QStringList common { QStringLiteral("--url"), server.url(), QStringLiteral("--dir"), directory,
                               QStringLiteral("--nodes"), QString::number(nodes), QStringLiteral("--edges"), QString::number(edges),
                               QStringLiteral("--vectors"), QString::number(vectors), QStringLiteral("--naive"), QString::number(naiveRows),
                               QStringLiteral("--page-width"), QString::number(pageWidth) };
    ServerStats before = serverStats(server.url());
    for (const QString &phase : { QStringLiteral("generate"), QStringLiteral("export"), QStringLiteral("check"),
                                  QStringLiteral("restore"), QStringLiteral("verify"), QStringLiteral("naive") }) {
        err() << "[" << nodes << " nodes] " << phase << " ..." << Qt::endl;
        const QJsonObject phaseResult = runChild(phase, common);
        const ServerStats after = serverStats(server.url());
        result.phases.insert(phase, phaseResult);
        result.serverAfter.insert(phase, after);
        result.roQueries.insert(phase, after.roQueries - before.roQueries);
        result.queries.insert(phase, after.queries - before.queries);
        result.serverUsec.insert(phase, after.graphUsec - before.graphUsec);
        result.sentBytes.insert(phase, after.sentBytes - before.sentBytes);
        err() << "[" << nodes << " nodes] " << phase << ": " << QJsonDocument(phaseResult).toJson(QJsonDocument::Compact)
              << " server RSS " << after.rssKiB / 1024 << " MiB, RO_QUERY " << result.roQueries[phase] << ", QUERY "
              << result.queries[phase] << ", server " << result.serverUsec[phase] / 1000 << " ms, sent "
              << result.sentBytes[phase] / 1048576 << " MiB" << Qt::endl;
        before = after;
    }
    server.stop();
    return result;
}

QString mib(double kib)
{
    return QString::number(kib / 1024.0, 'f', 0);
}

QString rate(const QJsonObject &phase)
{
    return QString::number(phase.value(QStringLiteral("entities")).toDouble() / phase.value(QStringLiteral("seconds")).toDouble(), 'f', 0);
}

QString secs(const QJsonObject &phase)
{
    return QString::number(phase.value(QStringLiteral("seconds")).toDouble(), 'f', 1);
}

void printTables(const QList<SizeResult> &results, int vectors, int pageWidth, const QString &module)
{
    QTextStream out(stdout);
    out << "\nGraph module: " << module << " (RESULTSET_SIZE 10000, TIMEOUT 1000); export page width: "
        << (pageWidth > 0 ? QString::number(pageWidth) : QStringLiteral("default")) << "; vectors: "
        << (vectors > 0 ? QString::number(vectors) : QStringLiteral("none")) << "; "
        << QThread::idealThreadCount() << " cores\n\n";
    out << "Throughput (entities = nodes + edges; entities/s):\n\n";
    out << "| nodes | edges | CSV MiB | export s | export ent/s | pre-check s | restore s (verify off, incl. pre-check) | "
           "restore ent/s | verify s | verify ent/s | restore+verify ent/s | naive subset | naive ent/s | restore / naive |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const SizeResult &r : results) {
        const QJsonObject &ex = r.phases[QStringLiteral("export")];
        const QJsonObject &ck = r.phases[QStringLiteral("check")];
        const QJsonObject &rs = r.phases[QStringLiteral("restore")];
        const QJsonObject &vf = r.phases[QStringLiteral("verify")];
        const QJsonObject &nv = r.phases[QStringLiteral("naive")];
        const double restoreRate = rs[QStringLiteral("entities")].toDouble() / rs[QStringLiteral("seconds")].toDouble();
        const double naiveRate = nv[QStringLiteral("entities")].toDouble() / nv[QStringLiteral("seconds")].toDouble();
        const double both = rs[QStringLiteral("entities")].toDouble()
            / (rs[QStringLiteral("seconds")].toDouble() + vf[QStringLiteral("seconds")].toDouble());
        out << "| " << r.nodes << " | " << r.edges << " | " << mib(ex[QStringLiteral("bytes")].toDouble() / 1024) << " | "
            << secs(ex) << " | " << rate(ex) << " | " << secs(ck) << " | " << secs(rs) << " | " << rate(rs) << " | "
            << secs(vf) << " | " << rate(vf) << " | " << QString::number(both, 'f', 0) << " | "
            << nv[QStringLiteral("nodesTried")].toInt() << "+" << nv[QStringLiteral("edgesTried")].toInt() << " | "
            << QString::number(naiveRate, 'f', 0) << " | " << QString::number(restoreRate / naiveRate, 'f', 1) << "x |\n";
    }
    out << "\nPeak RSS (VmHWM, MiB) of the benchmark process in each phase (process start: ~"
        << mib(results.value(0).phases[QStringLiteral("export")][QStringLiteral("startRssKiB")].toDouble())
        << " MiB), and redis-server's RSS after the phase:\n\n";
    out << "| nodes | export | pre-check | restore | verify | redis after generate | redis after restore (2 graphs) |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const SizeResult &r : results) {
        const auto peak = [&](const char *phase) {
            return mib(r.phases[QLatin1String(phase)][QStringLiteral("peakRssKiB")].toDouble());
        };
        out << "| " << r.nodes << " | " << peak("export") << " | " << peak("check") << " | " << peak("restore") << " | "
            << peak("verify") << " | " << mib(r.serverAfter[QStringLiteral("generate")].rssKiB) << " | "
            << mib(r.serverAfter[QStringLiteral("restore")].rssKiB) << " |\n";
    }
    out << "\nQueries sent (GRAPH.RO_QUERY / GRAPH.QUERY) per phase, and the seconds redis-server spent executing "
           "them (from INFO commandstats; the rest of the phase is the client and the wire):\n\n";
    out << "| nodes | export | restore | verify | naive |\n|---:|---:|---:|---:|---:|\n";
    for (const SizeResult &r : results) {
        const auto q = [&](const char *phase) {
            return QStringLiteral("%1 / %2 (server %3 s, %4 MiB sent)")
                .arg(r.roQueries[QLatin1String(phase)])
                .arg(r.queries[QLatin1String(phase)])
                .arg(QString::number(r.serverUsec[QLatin1String(phase)] / 1e6, 'f', 1))
                .arg(r.sentBytes[QLatin1String(phase)] / 1048576);
        };
        out << "| " << r.nodes << " | " << q("export") << " | " << q("restore") << " | " << q("verify") << " | " << q("naive") << " |\n";
    }
    out << "\nNaive restore (one MERGE per node by name, one MATCH-by-name + MERGE per edge, no index), on the subset:\n\n";
    out << "| nodes | subset nodes | nameless (MERGE fails) | merged away (duplicate names) | nodes in naive graph | nodes LOST | "
           "subset edges | edges with a nameless end | edges in naive graph |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const SizeResult &r : results) {
        const QJsonObject &nv = r.phases[QStringLiteral("naive")];
        const int tried = nv[QStringLiteral("nodesTried")].toInt();
        const int present = nv[QStringLiteral("nodesPresent")].toInt();
        const int failed = nv[QStringLiteral("nodesFailed")].toInt();
        out << "| " << r.nodes << " | " << tried << " | " << failed << " | " << (tried - failed - present) << " | " << present
            << " | " << (tried - present) << " (" << QString::number(100.0 * (tried - present) / std::max(1, tried), 'f', 1)
            << "%) | " << nv[QStringLiteral("edgesTried")].toInt() << " | " << nv[QStringLiteral("edgesUnaddressable")].toInt()
            << " | " << nv[QStringLiteral("edgesPresent")].toInt() << " |\n";
    }
    out << "\nThe restore also recreates indexes and is checked (verify phase: counts per label/type and the content "
           "fingerprint equal the export's). The naive graph is not equal to the source: besides the lost nodes, "
           "vectors became plain lists and edges between duplicate names attach to every node of that name.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Graph backup/restore benchmark (see bench/graph/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption phaseOption(QStringLiteral("phase"), QStringLiteral("internal: run one phase"), QStringLiteral("name"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("internal: server URL"), QStringLiteral("url"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("internal: export folder"), QStringLiteral("path"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("graph sizes in nodes, comma-separated"),
                                         QStringLiteral("n[,n...]"), QStringLiteral("20000,200000"));
    const QCommandLineOption edgesOption(QStringLiteral("edges"), QStringLiteral("internal: edges"), QStringLiteral("m"));
    const QCommandLineOption perNodeOption(QStringLiteral("edges-per-node"), QStringLiteral("edges per node"),
                                           QStringLiteral("k"), QStringLiteral("2"));
    const QCommandLineOption vectorsOption(QStringLiteral("vectors"), QStringLiteral("vecf32 dimension on entities (0: none)"),
                                           QStringLiteral("dim"), QStringLiteral("0"));
    const QCommandLineOption naiveOption(QStringLiteral("naive"), QStringLiteral("nodes and edges in the naive baseline's subset"),
                                         QStringLiteral("k"), QStringLiteral("2000"));
    const QCommandLineOption pageWidthOption(QStringLiteral("page-width"),
                                             QStringLiteral("export page width in node ids (0: the exporter's default)"),
                                             QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("work in this folder and keep the exports"),
                                        QStringLiteral("dir"));
    parser.addOptions({ phaseOption, urlOption, dirOption, nodesOption, edgesOption, perNodeOption, vectorsOption, naiveOption, pageWidthOption, keepOption });
    parser.process(app);

    if (parser.isSet(phaseOption)) {
        PhaseArguments a;
        a.url = parser.value(urlOption);
        a.directory = parser.value(dirOption);
        a.nodes = parser.value(nodesOption).toLongLong();
        a.edges = parser.value(edgesOption).toLongLong();
        a.vectors = parser.value(vectorsOption).toInt();
        a.naiveRows = parser.value(naiveOption).toInt();
        a.pageWidth = parser.value(pageWidthOption).toInt();
        return runPhase(parser.value(phaseOption), a);
    }

#ifdef BMB_FALKORDB_STANDIN_PATH
    if (qEnvironmentVariableIsEmpty("BMB_FALKORDB_STANDIN"))
        qputenv("BMB_FALKORDB_STANDIN", BMB_FALKORDB_STANDIN_PATH);
#endif
    const QString module = TestEnvironment::graphModulePath();
    if (module.isEmpty()) {
        err() << "No graph module: set FALKORDB_MODULE=/path/falkordb.so or build with the tests (stand-in)." << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QString work = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(work);
    const double perNode = parser.value(perNodeOption).toDouble();
    const int vectors = parser.value(vectorsOption).toInt();
    QList<SizeResult> results;
    try {
        for (const QString &size : parser.value(nodesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qint64 nodes = size.toLongLong();
            results.append(runSize(nodes, qint64(nodes * perNode), vectors, parser.value(naiveOption).toInt(),
                                   parser.value(pageWidthOption).toInt(), work));
        }
    } catch (const OperationError &e) {
        err() << e.fullText() << Qt::endl;
        return 1;
    }
    printTables(results, vectors, parser.value(pageWidthOption).toInt(),
                TestEnvironment::usingRealFalkorDB() ? module : QStringLiteral("FalkorDB stand-in (in-memory C++ test module)"));
    return 0;
}
