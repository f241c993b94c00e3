// Countries and regions people register from: ISO 3166-1 alpha-2 codes, named in the interface's language
// by Intl. Hong Kong first, as most attendees are local.
const CODES =
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
		' '
	);

export const COUNTRY_CODES: readonly string[] = CODES;

export const DEFAULT_COUNTRY = 'HK';

// Intl's long official names ("中國香港特別行政區") where people write the short ones on a form.
const NAME_OVERRIDES: Record<string, Record<string, string>> = {
	'en-GB': { HK: 'Hong Kong', MO: 'Macao' },
	'zh-Hant-HK': { HK: '香港', MO: '澳門' },
	'zh-Hans-CN': { HK: '中国香港', MO: '中国澳门' }
};

export function countryOptions(locale: string): { code: string; name: string }[] {
	const names = new Intl.DisplayNames([locale], { type: 'region' });
	const name = (code: string) => NAME_OVERRIDES[locale]?.[code] ?? names.of(code) ?? code;
	const sorted = CODES.filter((code) => code !== DEFAULT_COUNTRY)
		.map((code) => ({ code, name: name(code) }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
	return [{ code: DEFAULT_COUNTRY, name: name(DEFAULT_COUNTRY) }, ...sorted];
}

export function countryName(code: string, locale: string): string {
	return NAME_OVERRIDES[locale]?.[code] ?? new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
