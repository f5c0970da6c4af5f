import { Day, formatIsoDate, parseIsoDate } from "../engine/calendar";

/**
 * Excel dates in the 1900 date system: serial 1 is 1900-01-01 and serial 60 is 29 February
 * 1900, a day that never was (kept by Excel for Lotus 1-2-3); from serial 61 (1 March 1900) on,
 * serial − 25569 is days since 1970-01-01.
 */
const EPOCH_OFFSET = 25569;
/** 9999-12-31, the last date Excel holds. */
const LAST_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;

/** A serial's date as ISO text, the time of day dropped; undefined for 60 and serials outside Excel's range. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  const day: Day = whole < 60 ? whole - EPOCH_OFFSET + 1 : whole - EPOCH_OFFSET;
  return formatIsoDate(day);
}

/** The serial for an ISO date from 1 March 1900 on; undefined for anything else. */
export function isoToExcelSerial(iso: string): number | undefined {
  const day = parseIsoDate(iso);
  if (day === undefined) return undefined;
  const serial = day + EPOCH_OFFSET;
  return serial > 60 ? serial : undefined;
}

/** A Date's UTC calendar date as ISO text (the time of day dropped); "" for an invalid Date. */
export function isoFromDate(date: Date): string {
  const time = date.getTime();
  if (!Number.isFinite(time)) return "";
  return formatIsoDate(Math.floor(time / MS_PER_DAY));
}
