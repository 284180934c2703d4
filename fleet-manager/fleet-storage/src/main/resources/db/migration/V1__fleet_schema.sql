-- The fleet's latest known state. Every key starts with the tenant: gateways are unique only within their
-- tenant, devices only within their gateway, points only within their device.
-- Times are the fleet manager's clock (first_seen, last_seen, received_at) or the gateway's (ts columns).

create table tenant (
    tenant      text        not null primary key,
    first_seen  timestamptz not null
);

create table gateway (
    tenant              text        not null references tenant on delete cascade,
    gateway_id          text        not null,
    online              boolean     not null default false,
    offline_reason      text,
    firmware            text,
    started_at          timestamptz,
    status_ts           timestamptz,
    first_seen          timestamptz not null,
    last_seen           timestamptz,
    heartbeat_interval  integer,
    heartbeat_seq       bigint,
    uptime              bigint,
    backlog_messages    bigint      not null default 0,
    backlog_bytes       bigint      not null default 0,
    dropped             jsonb       not null default '{}',
    devices_online      integer,
    devices_offline     integer,
    primary key (tenant, gateway_id)
);

create table device (
    tenant             text        not null,
    gateway_id         text        not null,
    device_id          text        not null,
    profile            text,
    profile_version    text,
    vendor             text,
    model              text,
    device_class       text,
    protocol           text,
    endpoint           text,
    described_at       timestamptz,
    online             boolean     not null default true,
    last_event_type    text,
    last_event_reason  text,
    last_event_at      timestamptz,
    first_seen         timestamptz not null,
    primary key (tenant, gateway_id, device_id),
    foreign key (tenant, gateway_id) references gateway on delete cascade
);

-- What each point means, from the device's meta message; replaced as a whole when the meta changes.
create table point_description (
    tenant       text    not null,
    gateway_id   text    not null,
    device_id    text    not null,
    point_id     text    not null,
    position     integer not null,
    name         text,
    semantic     text,
    group_id     text,
    instance     integer,
    data_type    text,
    unit         text,
    access       text,
    labels       jsonb   not null default '[]',
    primary key (tenant, gateway_id, device_id, point_id),
    foreign key (tenant, gateway_id, device_id) references device on delete cascade
);

-- The latest reading of each point. A reading older than the stored one never replaces it, so duplicates and
-- late deliveries do no harm.
create table point_value (
    tenant       text        not null,
    gateway_id   text        not null,
    device_id    text        not null,
    point_id     text        not null,
    value        jsonb,
    quality      text        not null,
    reason       text,
    ts           timestamptz not null,
    received_at  timestamptz not null,
    primary key (tenant, gateway_id, device_id, point_id),
    foreign key (tenant, gateway_id, device_id) references device on delete cascade
);

create table device_event (
    id           bigserial   primary key,
    tenant       text        not null,
    gateway_id   text        not null,
    device_id    text        not null,
    seq          bigint      not null,
    ts           timestamptz not null,
    type         text        not null,
    reason       text,
    received_at  timestamptz not null,
    -- a QoS 1 redelivery carries the same seq and ts; a restarted gateway counts seq anew, with a later ts
    unique (tenant, gateway_id, device_id, seq, ts),
    foreign key (tenant, gateway_id, device_id) references device on delete cascade
);

create index device_event_latest on device_event (tenant, gateway_id, device_id, ts desc);
