import { gererRequeteAuth } from "@/lib/auth/route-handler";

export const dynamic = "force-dynamic";

export { gererRequeteAuth as GET, gererRequeteAuth as POST };
