export default {
  'zh-CN': {
    inbox: { title: '消息', unread: '未读', readAll: '全部标为已读', subject: '内容', time: '时间' }
  },
  en: {
    inbox: { title: 'Messages', unread: 'Unread', readAll: 'Mark all read', subject: 'Message', time: 'Time' }
  }
}
