#pragma once

#include <QString>

#include <memory>

class FalkorConnection;
class TaskContext;

namespace GraphServer {
// Opens the FalkorDB server a job works on: the URL parsed (a bad URL is InvalidInput), connected,
// authenticated, and the graph module required. Every job that touches a graph starts here.
std::unique_ptr<FalkorConnection> open(const QString &url, TaskContext &context);
}
