// Who may do what: the outlet supervisor reads every waybill of the network.
import { AccessControl } from 'accesscontrol';

export const ac = new AccessControl();
ac.grant('outlet-supervisor').readAny('waybill-lookup');
ac.grant('courier').readAny('bar-gun-query');
