#include "GraphServer.h"

#include "FalkorConnection.h"
#include "OperationError.h"

namespace GraphServer {

std::unique_ptr<FalkorConnection> open(const QString &url, TaskContext &context)
{
    FalkorEndpoint endpoint;
    QString error;
    if (!FalkorEndpoint::parse(url, &endpoint, &error))
        throw OperationError(OperationError::Kind::InvalidInput, error);
    auto connection = std::make_unique<FalkorConnection>();
    connection->open(endpoint, &context);
    connection->requireGraphModule();
    return connection;
}

} // namespace GraphServer
