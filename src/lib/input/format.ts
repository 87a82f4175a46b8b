/** A count the way a reader reads it, with thousands separated: 65536 as "65,536". */
export const formatCount = (value: number): string => value.toLocaleString('en-US');
