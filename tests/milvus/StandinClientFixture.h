#pragma once

#include "MilvusBackupClient.h"
#include "MilvusBackupStandin.h"

#include <QString>

#include <memory>

// What every stand-in integration test starts with: the milvus-backup stand-in (over s3rver) for the
// given API version, and a MilvusBackupClient pointed at it with timings short enough for a test
// (fast polls, a 2 s stuck-start limit) but long enough for a loaded machine.
class StandinClientFixture
{
public:
    // The QSKIP reason when start() returns false.
    static constexpr const char *UnavailableReason = "node, s3rver or the milvus-backup stand-in is not available";

    StandinClientFixture();
    ~StandinClientFixture();

    // False (with a warning saying why) when node, s3rver or the stand-in cannot run.
    bool start(const QString &apiVersion = QStringLiteral("0.5.16"));

    MilvusBackupStandin &standin() { return m_standin; }
    MilvusBackupClient &client() { return *m_client; }

private:
    MilvusBackupStandin m_standin;
    std::unique_ptr<MilvusBackupClient> m_client;
};
