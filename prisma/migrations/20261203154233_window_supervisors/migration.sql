-- CreateTable
CREATE TABLE "WindowSupervisor" (
    "windowId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WindowSupervisor_pkey" PRIMARY KEY ("windowId","userId")
);

-- CreateIndex
CREATE INDEX "WindowSupervisor_userId_idx" ON "WindowSupervisor"("userId");
