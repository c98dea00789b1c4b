#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class ConsoleTaskContext;

// One subcommand of brandmind-backup-cli. Subclasses declare their options and turn them into a job
// request; the base class parses, runs the job with a console context, and maps the outcome to an exit
// code and an optional JSON summary on stdout.
//
// Exit codes: 0 full success, 1 failure, 2 bad usage or input (nothing was changed),
// 3 verification or integrity failure, 4 conflict with existing data (nothing was changed), 130 canceled.
class CliCommand
{
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, Integrity = 3, Conflict = 4, Canceled = 130 };

    virtual ~CliCommand();
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // one usage line, without the program name
    int run(const QStringList &arguments);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Returns an exit code; use execute() for the work itself.
    virtual int runParsed(QCommandLineParser &parser) = 0;

    int execute(const std::function<QJsonObject(ConsoleTaskContext &)> &work);
    static void printError(const QString &text);

private:
    bool m_json = false;
    bool m_quiet = false;
};
