#include "RestoreCommand.h"

#include "ConsoleTaskContext.h"
#include "RestoreJob.h"
#include "VectorCliOptions.h"

namespace {
const QString kFalkordb = QStringLiteral("falkordb");
const QString kGraph = QStringLiteral("graph");
} // namespace

void RestoreCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("The backup set folder."));
    parser.addOption({ kFalkordb, QStringLiteral("FalkorDB server to restore into."), QStringLiteral("URL") });
    parser.addOption({ kGraph, QStringLiteral("Graph to restore, NAME or SOURCE=TARGET (repeatable; default: all)."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("mode"),
                       QStringLiteral("empty (default): the target must be new or empty; merge: upsert matching on the _bmb_key "
                                      "property (idempotent; run again to complete an interrupted merge); replace: restore "
                                      "into a staging graph, verify it, then delete the target and copy the staging graph "
                                      "into its place (needs --yes, GRAPH.COPY, and free memory for a second copy of the "
                                      "graph; the old graph stays untouched if the restore fails or is canceled)."),
                       QStringLiteral("MODE"), QStringLiteral("empty") });
    parser.addOption({ QStringLiteral("yes"), QStringLiteral("Confirm a destructive choice (--mode replace: the old graph is deleted once the restored one is verified).") });
    parser.addOption({ QStringLiteral("force"), QStringLiteral("Restore from an incomplete set (no manifest.json).") });
    VectorCliOptions::addRestore(parser);
}

int RestoreCommand::runParsed(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("restore needs exactly one backup set folder."));
        return Usage;
    }
    RestoreJob::Request request;
    request.setDirectory = parser.positionalArguments().first();
    request.falkordbUrl = parser.value(kFalkordb);
    QString error;
    if (!GraphMapping::parse(parser.values(kGraph), &request.graphs, &error)) {
        printError(error);
        return Usage;
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("replace")) {
        request.mode = GraphImporter::Mode::Replace;
    } else if (mode == QLatin1String("merge")) {
        request.mode = GraphImporter::Mode::Merge;
    } else if (mode != QLatin1String("empty")) {
        printError(QStringLiteral("--mode must be empty, merge or replace."));
        return Usage;
    }
    request.confirmed = parser.isSet(QStringLiteral("yes"));
    request.force = parser.isSet(QStringLiteral("force"));
    bool graph = false;
    bool vector = false;
    if (!VectorCliOptions::selectComponents(parser, !request.falkordbUrl.isEmpty(), &graph, &vector, &error)) {
        printError(error);
        return Usage;
    }
    if (!graph)
        request.falkordbUrl.clear();
    VectorRestore::Request vectorRequest;
    if (vector && !VectorCliOptions::restoreRequest(parser, request.confirmed, &vectorRequest, &error)) {
        printError(error);
        return Usage;
    }
    if (!graph && !vector) {
        printError(QStringLiteral("Nothing to restore into: give --falkordb URL and/or --milvus-backup URL --s3 URL --milvus URL."));
        return Usage;
    }
    return execute([&](ConsoleTaskContext &context) {
        if (vector) {
            vectorRequest.servers = VectorCliOptions::servers(parser, true);
            request.vector = vectorRequest;
        }
        return RestoreJob::run(request, context).toJson();
    });
}
