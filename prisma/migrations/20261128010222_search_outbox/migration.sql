-- CreateEnum
CREATE TYPE "SearchReindexStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" TEXT NOT NULL,
    "indexName" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "processedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchReindex" (
    "id" TEXT NOT NULL,
    "status" "SearchReindexStatus" NOT NULL DEFAULT 'PENDING',
    "source" TEXT NOT NULL,
    "requestedById" TEXT,
    "claimedBy" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "progress" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SearchReindex_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_availableAt_idx" ON "SearchOutbox"("processedAt", "availableAt");

-- CreateIndex
CREATE INDEX "SearchOutbox_indexName_recordId_idx" ON "SearchOutbox"("indexName", "recordId");

-- CreateIndex
CREATE INDEX "SearchReindex_status_createdAt_idx" ON "SearchReindex"("status", "createdAt");
