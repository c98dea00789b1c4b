#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

// The command-line twin of the desktop application: finds the subcommand and runs it. Each command
// lives in its own class (BackupCommand, RestoreCommand, ...); see CliCommand for exit codes.
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList &arguments);

private:
    int printUsage(int exitCode) const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
