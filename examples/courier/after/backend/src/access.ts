// Who may do what: each role reads only the waybills assigned to its own outlet.
import { AccessControl } from 'accesscontrol';

export const ac = new AccessControl();
ac.grant('outlet-supervisor').readOwn('waybill-lookup');
ac.grant('courier').readOwn('bar-gun-query');
