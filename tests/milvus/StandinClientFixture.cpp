#include "StandinClientFixture.h"

#include <QtGlobal>

StandinClientFixture::StandinClientFixture() = default;

StandinClientFixture::~StandinClientFixture() = default;

bool StandinClientFixture::start(const QString &apiVersion)
{
    MilvusBackupStandin::Options options;
    options.apiVersion = apiVersion;
    QString error;
    if (!m_standin.start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_client = std::make_unique<MilvusBackupClient>(m_standin.backupUrl());
    MilvusBackupClient::Options clientOptions;
    clientOptions.requestTimeoutMs = 10000;
    clientOptions.pollIntervalMs = 100;
    clientOptions.stuckStartTimeoutMs = 2000;
    clientOptions.maxWaitMs = 120000;
    m_client->setOptions(clientOptions);
    return true;
}
