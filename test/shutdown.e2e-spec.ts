import { DataSource } from 'typeorm';
import { startTestApp } from './support/harness';
import { signUp } from './support/factories';

describe('graceful shutdown', () => {
  it('closes WebSocket clients with "going away", stops HTTP and closes the database pool', async () => {
    const t = await startTestApp();
    const user = await signUp(t);
    const client = t.ws({ authorization: `Bearer ${user.token}` }, { lazy: false });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const closed = new Promise<number | undefined>((resolve) => client.on('closed', (event) => resolve((event as { code?: number }).code)));
    const dataSource = t.app.get(DataSource);
    const server = t.app.getHttpServer();

    // What SIGTERM does through enableShutdownHooks: close the application itself.
    await t.app.close();

    expect(await closed).toBe(1001);
    expect(server.listening).toBe(false);
    expect(dataSource.isInitialized).toBe(false);
    await client.dispose();
    await t.db.drop();
  });
});
