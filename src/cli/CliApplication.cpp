#include "CliApplication.h"

#include "BackupCommand.h"
#include "BuildInfo.h"
#include "DiffCommand.h"
#include "ListCommand.h"
#include "PackageCommand.h"
#include "RestoreCommand.h"
#include "VerifyCommand.h"

#include <cstdio>

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<PackageCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return printUsage(CliCommand::Usage);
    const QString command = arguments.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        std::printf("brandmind-backup-cli %s\n", BMB_VERSION_STRING);
        return CliCommand::Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return printUsage(CliCommand::Success);
    for (const auto &candidate : m_commands)
        if (candidate->name() == command)
            return candidate->run(QStringList { arguments.at(0) + QLatin1Char(' ') + command } + arguments.mid(2));
    std::fprintf(stderr, "Unknown command \"%s\".\n", command.toLocal8Bit().constData());
    return printUsage(CliCommand::Usage);
}

int CliApplication::printUsage(int exitCode) const
{
    QString text = QStringLiteral("usage: brandmind-backup-cli <command> [options]\n\ncommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1\n").arg(command->synopsis());
    text += QStringLiteral("\nURLs: redis[s]://[user:password@]host:port (the password may come from FALKORDB_PASSWORD).\n"
                           "Run 'brandmind-backup-cli <command> --help' for every option.\n");
    std::fputs(text.toLocal8Bit().constData(), exitCode == CliCommand::Success ? stdout : stderr);
    return exitCode;
}
