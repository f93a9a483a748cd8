/** The browser side of the fs bridge: one async call per operation, errors re-thrown as Errors. */
import { FS_BINDING, type DiskEntry, type FsRequest, type FsResponse } from "./bridge";

type FsFunction = (request: FsRequest) => Promise<FsResponse>;

async function call(request: FsRequest): Promise<unknown> {
  const fn = (window as unknown as Record<string, FsFunction | undefined>)[FS_BINDING];
  if (fn === undefined) throw new Error("the harness did not expose the fs bridge");
  const response = await fn(request);
  if (!response.ok) throw new Error(response.error);
  return response.value;
}

export const disk = {
  list: async (): Promise<DiskEntry[]> => (await call({ op: "list" })) as DiskEntry[],
  read: async (path: string): Promise<string> => (await call({ op: "read", path })) as string,
  stat: async (path: string): Promise<DiskEntry | null> => (await call({ op: "stat", path })) as DiskEntry | null,
  exists: async (path: string): Promise<boolean> => (await call({ op: "exists", path })) as boolean,
  write: async (path: string, data: string): Promise<DiskEntry> => (await call({ op: "write", path, data })) as DiskEntry,
  create: async (path: string, data: string): Promise<DiskEntry> => (await call({ op: "create", path, data })) as DiskEntry,
  mkdir: async (path: string): Promise<void> => {
    await call({ op: "mkdir", path });
  },
  rename: async (from: string, to: string): Promise<void> => {
    await call({ op: "rename", from, to });
  },
  remove: async (path: string): Promise<void> => {
    await call({ op: "remove", path });
  },
};
