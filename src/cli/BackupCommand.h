#pragma once

#include "CliCommand.h"

class BackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("backup --falkordb URL [--graph NAME]... [--consistent] [--out DIR] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
