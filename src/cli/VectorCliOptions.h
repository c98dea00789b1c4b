#pragma once

#include "VectorServers.h"

#include <QCommandLineParser>
#include <QStringList>

// The vector options shared by backup, restore and verify, and the --components choice.
//   --milvus-backup URL --s3 URL --s3-bucket B --s3-root PATH [--s3-region R] --milvus URL
//   [--collections A,B] [--collection-suffix S] [--vector-timeout SECONDS] [--vector-poll-ms MS]
// Secrets come from the environment only: S3_ACCESS_KEY / S3_SECRET_KEY, MILVUS_TOKEN.
namespace VectorCliOptions {

// Adds the options every command takes (servers, collections, suffix, components, timeouts).
void addCommon(QCommandLineParser &parser, bool withStorage);

// --components LIST, default: every component whose server was given. Returns false with *error set
// for an unknown name or a component without its server.
bool selectComponents(const QCommandLineParser &parser, bool graphServerGiven, bool *graph, bool *vector, QString *error);

// Builds the servers from the options and the environment; throws OperationError for bad URLs or
// missing keys (the CLI maps it to an exit code).
VectorServers servers(const QCommandLineParser &parser, bool withStorage);

// --collections A,B (also repeatable); --collection-suffix.
QStringList collections(const QCommandLineParser &parser);
QString collectionSuffix(const QCommandLineParser &parser);
QStringList listValues(const QCommandLineParser &parser, const QString &name);

} // namespace VectorCliOptions

#include "VectorRestore.h"

namespace VectorCliOptions {
// Restore's own options: --on-existing-collection, --on-existing-backup, --rename-collection,
// --no-restore-index (--restore-index is the default), --meta-only.
void addRestore(QCommandLineParser &parser);
// Fills everything but the servers (which need the environment: see servers()). False + *error for
// bad values.
bool restoreRequest(const QCommandLineParser &parser, bool confirmed, VectorRestore::Request *request, QString *error);
} // namespace VectorCliOptions
