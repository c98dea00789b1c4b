#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

class ConsoleTaskContext;

// The command-line twin of the desktop application: parses the command line, runs one command on the
// core libraries and maps the outcome to an exit code. Progress and messages go to stderr; --json
// prints one JSON summary on stdout.
//
// Exit codes: 0 full success, 1 failure, 2 bad usage or input (nothing was changed),
// 3 verification or integrity failure, 4 conflict with existing data (nothing was changed), 130 canceled.
class CliApplication
{
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, Integrity = 3, Conflict = 4, Canceled = 130 };

    int run(const QStringList &arguments);

private:
    int runBackup(const QStringList &arguments);
    int runRestore(const QStringList &arguments);
    int runVerify(const QStringList &arguments);
    int printUsage(int exitCode);

    // Runs `work` with a console context, turning OperationError into a message/JSON and an exit code.
    int execute(const std::function<QJsonObject(ConsoleTaskContext &)> &work);
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
    void addCommonOptions(QCommandLineParser &parser);

    bool m_json = false;
    bool m_quiet = false;
};
