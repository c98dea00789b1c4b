#include "S3FolderTransfer.h"
