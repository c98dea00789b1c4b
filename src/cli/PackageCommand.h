#pragma once

#include "CliCommand.h"

// brandmind-backup-cli package SET [--out FILE.zip]: one zip of a complete backup set.
class PackageCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("package"); }
    QString synopsis() const override { return QStringLiteral("package SET [--out FILE.zip] [--overwrite] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
