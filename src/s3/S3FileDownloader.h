#pragma once

#include "S3Client.h"

class S3RequestExecutor;
class TaskContext;

// Downloads one object into a file so that a file under its final name is always whole and proven:
// bytes go to "<destination>.bmb-partial", an interrupted transfer continues from the last byte
// written (a ranged GET with If-Match, so a changed object is not stitched to the old one), and the
// rename happens only after the size and (for a plain-MD5 ETag) the MD5 match. Its retry loop is its
// own because a retry resumes instead of repeating the request.
class S3FileDownloader
{
public:
    explicit S3FileDownloader(S3RequestExecutor &executor);

    // See S3Client::getObjectToFile.
    S3Client::DownloadResult download(const QString &key, const QString &destination, qint64 expectedSize,
                                      const QByteArray &expectedEtag, TaskContext *context,
                                      const S3Client::BytesCallback &onBytes);

private:
    S3RequestExecutor &m_executor;
};
