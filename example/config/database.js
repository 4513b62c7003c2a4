const path = require('path');

module.exports = ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };
  const network = (defaultPort, defaultUser) => ({
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', defaultPort),
    database: env('DATABASE_NAME', 'privacy_policy'),
    user: env('DATABASE_USERNAME', defaultUser),
    password: env('DATABASE_PASSWORD', ''),
    ssl: env.bool('DATABASE_SSL', false),
  });
  const connections = {
    sqlite: {
      connection: { filename: path.resolve(__dirname, '..', env('DATABASE_FILENAME', 'data/demo.db')) },
      useNullAsDefault: true,
    },
    postgres: { connection: network(5432, 'postgres'), pool },
    // READ COMMITTED, as on PostgreSQL: under MySQL's default REPEATABLE READ, Strapi's own publish of a
    // document that another request published a moment before fails with a uniqueness error.
    mysql: {
      connection: network(3306, 'root'),
      pool: {
        ...pool,
        afterCreate: (connection, done) => {
          // A block body on purpose: the pool treats a returned value as a promise.
          connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', (error) => done(error, connection));
        },
      },
    },
  };
  if (!connections[client]) throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}"`);
  return {
    connection: { client, ...connections[client], acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000) },
  };
};
