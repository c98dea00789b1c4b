#include "VerifyCommand.h"

#include "ConsoleTaskContext.h"
#include "VerifyJob.h"
#include "VectorCliOptions.h"

namespace {
const QString kFalkordb = QStringLiteral("falkordb");
const QString kGraph = QStringLiteral("graph");
} // namespace

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("The backup set folder."));
    parser.addOption({ kFalkordb, QStringLiteral("Also compare the live graphs on this server with the set."), QStringLiteral("URL") });
    parser.addOption({ kGraph, QStringLiteral("Graph to check, NAME or SOURCE=TARGET (repeatable; default: all)."),
                       QStringLiteral("NAME") });
    VectorCliOptions::addCommon(parser, false);
}

int VerifyCommand::runParsed(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("verify needs exactly one backup set folder."));
        return Usage;
    }
    VerifyJob::Request request;
    request.setDirectory = parser.positionalArguments().first();
    request.falkordbUrl = parser.value(kFalkordb);
    if (parser.isSet(QStringLiteral("components"))) {
        const QStringList components = VectorCliOptions::listValues(parser, QStringLiteral("components"));
        request.checkGraph = components.contains(QStringLiteral("graph"));
        request.checkVector = components.contains(QStringLiteral("vector"));
        if (!request.checkGraph)
            request.falkordbUrl.clear();
    }
    request.vector.collections = VectorCliOptions::collections(parser);
    request.vector.collectionSuffix = VectorCliOptions::collectionSuffix(parser);
    QString error;
    if (!GraphMapping::parse(parser.values(kGraph), &request.graphs, &error)) {
        printError(error);
        return Usage;
    }
    return execute([&](ConsoleTaskContext &context) {
        const VectorServers servers = VectorCliOptions::servers(parser, false);
        request.vector.milvusUrl = servers.milvusUrl;
        request.vector.milvusToken = servers.milvusToken;
        const VerifyJob::Result result = VerifyJob::run(request, context);
        for (const QString &problem : result.problems)
            context.log(LogLevel::Error, problem);
        for (const auto &check : result.graphs) {
            for (const QString &difference : check.differences)
                context.log(LogLevel::Error, QStringLiteral("%1: %2").arg(check.source, difference));
            if (check.differences.isEmpty())
                context.log(LogLevel::Info, QObject::tr("Graph %1: %2 nodes, %3 edges, fingerprint %4 — %5.")
                                                .arg(check.target.isEmpty() ? check.source : check.target)
                                                .arg(check.expected.nodes)
                                                .arg(check.expected.edges)
                                                .arg(check.expected.fingerprint.left(16))
                                                .arg(check.target.isEmpty() ? QObject::tr("the set is intact")
                                                                            : QObject::tr("equal to the backup")));
        }
        for (const auto &check : result.collections) {
            for (const QString &difference : check.differences)
                context.log(LogLevel::Error, QStringLiteral("%1: %2").arg(check.source, difference));
            if (check.differences.isEmpty())
                context.log(LogLevel::Info, QObject::tr("Collection %1: %2 rows — %3.")
                                                .arg(check.target.isEmpty() ? check.source : check.target)
                                                .arg(check.target.isEmpty() ? check.expectedRows : check.actualRows)
                                                .arg(check.target.isEmpty() ? QObject::tr("recorded in the set")
                                                                            : QObject::tr("equal to the backup")));
        }
                context.log(result.ok ? LogLevel::Info : LogLevel::Error,
                    result.ok ? QObject::tr("Verification passed.") : QObject::tr("Verification FAILED."));
        return result.toJson();
    });
}
