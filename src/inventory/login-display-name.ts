// How a database login is written for people: 'app'@'%' for MySQL (as SHOW GRANTS and the MySQL
// manual write an account, host part as written), the login name for PostgreSQL.
export function loginDisplayName(name: string, host: string | undefined): string {
  return host === undefined ? name : `'${name}'@'${host}'`;
}
