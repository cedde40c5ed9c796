// Welcome page configuration of Capacity Award (replaces the webjar's config.js of Camunda 7.24).
import shared from '../../shared-config.js';

export default {
  ...shared,
  links: [
    {label: '公示名单与异议', href: '/public/', description: '拟表彰学会的十天公示，任何人可以提出异议'},
    {label: '本学会的申报、草稿和邮件', href: '/society', description: '学会账号：申报进展、草稿和往来邮件'},
    {label: '专项报表', href: '/reports', description: '专项办公室和审计人员：排名表、表彰名单、经费跟踪、年度统计'}
  ]
};
