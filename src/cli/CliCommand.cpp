#include "CliCommand.h"

#include "ConsoleTaskContext.h"
#include "OperationError.h"

#include <QJsonDocument>

#include <cstdio>

namespace {

int exitCodeFor(OperationError::Kind kind)
{
    switch (kind) {
    case OperationError::Kind::Canceled: return CliCommand::Canceled;
    case OperationError::Kind::InvalidInput: return CliCommand::Usage;
    case OperationError::Kind::IntegrityError: return CliCommand::Integrity;
    case OperationError::Kind::Conflict: return CliCommand::Conflict;
    default: return CliCommand::Failure;
    }
}

} // namespace

CliCommand::~CliCommand() = default;

void CliCommand::printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

int CliCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("brandmind-backup-cli %1").arg(synopsis()));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON summary on stdout.") });
    parser.addOption({ { QStringLiteral("q"), QStringLiteral("quiet") }, QStringLiteral("Only warnings and errors on stderr.") });
    addOptions(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(QStringLiteral("Run 'brandmind-backup-cli %1 --help' for the options.").arg(name()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return Success;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_quiet = parser.isSet(QStringLiteral("quiet"));
    return runParsed(parser);
}

int CliCommand::execute(const std::function<QJsonObject(ConsoleTaskContext &)> &work)
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
