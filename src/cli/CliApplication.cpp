#include "CliApplication.h"

#include "BackupJob.h"
#include "BuildInfo.h"
#include "ConsoleTaskContext.h"
#include "OperationError.h"
#include "RestoreJob.h"
#include "VerifyJob.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

const QString kFalkordb = QStringLiteral("falkordb");
const QString kGraph = QStringLiteral("graph");
const QString kJson = QStringLiteral("json");
const QString kQuiet = QStringLiteral("quiet");

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

QString defaultSetFolder()
{
    return QStringLiteral("backups/") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

int exitCodeFor(OperationError::Kind kind)
{
    switch (kind) {
    case OperationError::Kind::Canceled: return CliApplication::Canceled;
    case OperationError::Kind::InvalidInput: return CliApplication::Usage;
    case OperationError::Kind::IntegrityError: return CliApplication::Integrity;
    case OperationError::Kind::Conflict: return CliApplication::Conflict;
    default: return CliApplication::Failure;
    }
}

} // namespace

void CliApplication::addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({ kJson, QStringLiteral("Print one JSON summary on stdout.") });
    parser.addOption({ { QStringLiteral("q"), kQuiet }, QStringLiteral("Only warnings and errors on stderr.") });
}

bool CliApplication::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.setApplicationDescription(QStringLiteral("brandmind-backup-cli %1").arg(command));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(QStringLiteral("Run 'brandmind-backup-cli %1 --help' for the options.").arg(command));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        std::exit(0);
    }
    m_json = parser.isSet(kJson);
    m_quiet = parser.isSet(kQuiet);
    return true;
}

int CliApplication::execute(const std::function<QJsonObject(ConsoleTaskContext &)> &work)
{
    ConsoleTaskContext context(m_quiet);
    context.installInterruptHandler();
    QJsonObject summary;
    int code = Success;
    try {
        summary = work(context);
        if (summary.value(QStringLiteral("ok")) == QJsonValue(false))
            code = Integrity;
    } catch (const OperationError &error) {
        code = exitCodeFor(error.kind());
        context.log(LogLevel::Error, error.message());
        if (!error.hint().isEmpty())
            printError(error.hint());
        summary = { { QStringLiteral("ok"), false },
                    { QStringLiteral("error"),
                      QJsonObject { { QStringLiteral("kind"), OperationError::kindName(error.kind()) },
                                    { QStringLiteral("message"), error.message() },
                                    { QStringLiteral("hint"), error.hint() } } } };
    }
    if (m_json)
        std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Indented).constData(), stdout);
    return code;
}

int CliApplication::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return printUsage(Usage);
    const QString command = arguments.at(1);
    const QStringList rest = QStringList { arguments.at(0) + QLatin1Char(' ') + command } + arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        std::printf("brandmind-backup-cli %s\n", BMB_VERSION_STRING);
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return printUsage(Success);
    if (command == QLatin1String("backup"))
        return runBackup(rest);
    if (command == QLatin1String("restore"))
        return runRestore(rest);
    if (command == QLatin1String("verify"))
        return runVerify(rest);
    printError(QStringLiteral("Unknown command \"%1\".").arg(command));
    return printUsage(Usage);
}

int CliApplication::printUsage(int exitCode)
{
    const char *text =
        "usage: brandmind-backup-cli <command> [options]\n"
        "\n"
        "commands:\n"
        "  backup   --falkordb URL [--graph NAME]... [--consistent] [--out DIR] [--json]\n"
        "  restore  SET --falkordb URL [--graph SRC=DST]... [--mode empty|replace] [--yes] [--force] [--json]\n"
        "  verify   SET [--falkordb URL [--graph SRC=DST]...] [--json]\n"
        "\n"
        "URLs: redis[s]://[user:password@]host:port (the password may come from FALKORDB_PASSWORD).\n"
        "Run 'brandmind-backup-cli <command> --help' for every option.\n";
    std::fputs(text, exitCode == Success ? stdout : stderr);
    return exitCode;
}

int CliApplication::runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ kFalkordb, QStringLiteral("FalkorDB server to back up."), QStringLiteral("URL") });
    parser.addOption({ kGraph, QStringLiteral("Graph to back up (repeatable; default: every graph)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("consistent"),
                       QStringLiteral("Back up from a temporary GRAPH.COPY snapshot (needs memory for a second copy).") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The backup set folder to create (default: backups/<UTC time>)."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("profile"), QStringLiteral("Name recorded as the source of the set."), QStringLiteral("NAME") });
    if (!parse(parser, arguments, QStringLiteral("backup")))
        return Usage;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("backup takes no positional arguments (did you mean --out %1?).").arg(parser.positionalArguments().first()));
        return Usage;
    }
    BackupJob::Request request;
    request.falkordbUrl = parser.value(kFalkordb);
    request.graphs = parser.values(kGraph);
    request.consistentSnapshot = parser.isSet(QStringLiteral("consistent"));
    request.setDirectory = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : defaultSetFolder();
    request.profileName = parser.value(QStringLiteral("profile"));
    return execute([&](ConsoleTaskContext &context) {
        const BackupJob::Result result = BackupJob::run(request, context);
        context.log(LogLevel::Info, QObject::tr("Backup set written to %1 (%2 files, %3 bytes).")
                                        .arg(QDir(request.setDirectory).absolutePath())
                                        .arg(result.manifest.files.size())
                                        .arg(result.bytes));
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("set"), QDir(request.setDirectory).absolutePath());
        return json;
    });
}

int CliApplication::runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("The backup set folder."));
    parser.addOption({ kFalkordb, QStringLiteral("FalkorDB server to restore into."), QStringLiteral("URL") });
    parser.addOption({ kGraph, QStringLiteral("Graph to restore, NAME or SOURCE=TARGET (repeatable; default: all)."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("mode"),
                       QStringLiteral("empty (default): the target must be new or empty; replace: delete it first (needs --yes)."),
                       QStringLiteral("MODE"), QStringLiteral("empty") });
    parser.addOption({ QStringLiteral("yes"), QStringLiteral("Confirm a destructive choice (--mode replace).") });
    parser.addOption({ QStringLiteral("force"), QStringLiteral("Restore from an incomplete set (no manifest.json).") });
    if (!parse(parser, arguments, QStringLiteral("restore")))
        return Usage;
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
    } else if (mode != QLatin1String("empty")) {
        printError(QStringLiteral("--mode must be empty or replace (merge is not available yet)."));
        return Usage;
    }
    request.confirmed = parser.isSet(QStringLiteral("yes"));
    request.force = parser.isSet(QStringLiteral("force"));
    if (request.falkordbUrl.isEmpty()) {
        printError(QStringLiteral("Nothing to restore into: give --falkordb URL."));
        return Usage;
    }
    return execute([&](ConsoleTaskContext &context) { return RestoreJob::run(request, context).toJson(); });
}

int CliApplication::runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("The backup set folder."));
    parser.addOption({ kFalkordb, QStringLiteral("Also compare the live graphs on this server with the set."), QStringLiteral("URL") });
    parser.addOption({ kGraph, QStringLiteral("Graph to check, NAME or SOURCE=TARGET (repeatable; default: all)."),
                       QStringLiteral("NAME") });
    if (!parse(parser, arguments, QStringLiteral("verify")))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("verify needs exactly one backup set folder."));
        return Usage;
    }
    VerifyJob::Request request;
    request.setDirectory = parser.positionalArguments().first();
    request.falkordbUrl = parser.value(kFalkordb);
    QString error;
    if (!GraphMapping::parse(parser.values(kGraph), &request.graphs, &error)) {
        printError(error);
        return Usage;
    }
    return execute([&](ConsoleTaskContext &context) {
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
        context.log(result.ok ? LogLevel::Info : LogLevel::Error,
                    result.ok ? QObject::tr("Verification passed.") : QObject::tr("Verification FAILED."));
        return result.toJson();
    });
}
