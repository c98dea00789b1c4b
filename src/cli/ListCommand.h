#pragma once

#include "CliCommand.h"

// brandmind-backup-cli list [DIR]...: the backup sets and packages there and in the folders used before.
class ListCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("list [DIR]... [--check] [--no-remember] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
