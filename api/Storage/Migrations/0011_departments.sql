-- Departments, point persons and response times; what each person cares about (issue 12). Portable SQL: SQLite and PostgreSQL.

-- A department's point persons and agreed response times. scope '' is the tenant's list (edited by an admin, shared with
-- everyone in the tenant); any other scope is one user's object id: their own settings, which override the tenant's for them.
CREATE TABLE department_setting (
    tenant_id        TEXT NOT NULL,
    scope            TEXT NOT NULL,
    name_key         TEXT NOT NULL,
    name             TEXT NOT NULL,
    point_persons    TEXT NOT NULL,
    response_minutes INTEGER,
    solution_minutes INTEGER,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT,
    PRIMARY KEY (tenant_id, scope, name_key)
);

-- The directory's department attribute per person, as last read (Graph /users?$select=…,department; demo: samples/directory.json):
-- what routes an ask and times a reminder without asking Graph on every board read. Directory facts of the tenant, not a user's data.
CREATE TABLE directory_department (
    tenant_id    TEXT NOT NULL,
    address      TEXT NOT NULL,
    name         TEXT,
    department   TEXT NOT NULL,
    refreshed_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, address)
);
CREATE INDEX directory_department_by_name ON directory_department (tenant_id, department);

-- What a person cares about (a team goal, a metric), as the user wrote it: never mail text. Per user, erased with their data.
CREATE TABLE person_interest (
    tenant_id  TEXT NOT NULL,
    object_id  TEXT NOT NULL,
    address    TEXT NOT NULL,
    note       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id, address)
);
